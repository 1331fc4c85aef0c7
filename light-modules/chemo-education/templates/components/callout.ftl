[#-- A call-out box (general information, clinical trials, peer support): kicker, heading, text, an optional keyword search form and one link; expects: content = callout component (variant, heading, text, searchUrl, searchParameter, searchLabel, searchButtonLabel, linkLabel, linkPage, linkUrl) --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/links.ftl" as links]

[#-- ASSIGNMENTS --]
[#-- The print view of a page (?view=print, see pages/article.ftl) leaves this component out. --]
[#assign printView = (ctx.getParameter('view')!"") == "print"]
[#assign variant = content.variant!"info"]
[#if !["info", "clinicalTrials", "peerSupport"]?seq_contains(variant)]
  [#assign variant = "info"]
[/#if]
[#-- The kind of call-out, shown above the heading ("Clinical trials", "Peer support"); none for general information. --]
[#assign kicker = ""]
[#if variant != "info"]
  [#assign kicker = i18n['chemo.callout.kicker.' + variant]?html]
[/#if]
[#assign heading = content.heading!""]
[#assign componentKey = content.@id]
[#assign headingId = "chemo-callout-" + componentKey]
[#assign kickerId = "chemo-callout-kicker-" + componentKey]
[#assign href = links.pageHref(content.linkPage!"")]
[#if !href?has_content]
  [#assign href = links.safeUrl(cmsfn.decode(content).linkUrl!"")?html]
[/#if]
[#assign linkText = content.linkLabel!""]
[#if !linkText?has_content]
  [#assign linkText = i18n['chemo.callout.link']?html]
[/#if]
[#assign brokenLink = !href?has_content && ((content.linkPage!"")?has_content || (content.linkUrl!"")?has_content)]
[#-- The keyword search: a plain GET form (works without JavaScript) to a web address, the keywords sent in one
     parameter whose name is a token. Browsers replace the query of a GET form's action with the form's fields, so
     fixed parameters of the address (?rl=1&loc=0) are sent as hidden fields; they must be name=value tokens. A form
     that cannot work is left out and editors are told why. Checked on the stored (decoded) address, escaped when
     printed. --]
[#assign searchUrl = (cmsfn.decode(content).searchUrl!"")?trim]
[#assign searchWanted = searchUrl?has_content]
[#assign searchAction = links.webUrl(searchUrl?keep_before("?"))]
[#assign searchQuery = searchUrl?keep_after("?")]
[#assign searchHidden = []]
[#assign searchValid = searchAction?has_content && !searchUrl?contains("#")]
[#if searchValid && searchQuery?has_content]
  [#list searchQuery?split("&") as pair]
    [#if pair?matches("[A-Za-z][A-Za-z0-9_.-]{0,39}=[A-Za-z0-9_.~-]{0,100}") && pair?index lt 10]
      [#assign searchHidden = searchHidden + [{"name": pair?keep_before("="), "value": pair?keep_after("=")}]]
    [#else]
      [#assign searchValid = false]
    [/#if]
  [/#list]
[/#if]
[#assign searchParameter = (content.searchParameter!"")?trim]
[#if !searchParameter?has_content]
  [#assign searchParameter = "q"]
[/#if]
[#assign searchValid = searchValid && searchParameter?matches("[A-Za-z][A-Za-z0-9_.-]{0,39}")]
[#if searchValid]
  [#assign searchFieldId = "chemo-callout-search-" + componentKey]
  [#assign searchLabel = content.searchLabel!""]
  [#if !searchLabel?has_content]
    [#assign searchLabel = i18n['chemo.callout.search.label']?html]
  [/#if]
  [#assign searchButton = content.searchButtonLabel!""]
  [#if !searchButton?has_content]
    [#assign searchButton = i18n['chemo.callout.search.button']?html]
  [/#if]
[/#if]

[#-- RENDERING --]
[#if printView]
[#-- nothing on paper --]
[#elseif !heading?has_content]
  [@editorAlert.alert message=i18n['chemo.editor.callout.noHeading'] /]
[#else]
<aside class="chemo-callout chemo-callout--${variant}" aria-labelledby="[#if kicker?has_content]${kickerId} [/#if]${headingId}">
  [#if kicker?has_content]
  <p class="chemo-callout__kicker" id="${kickerId}">${kicker}</p>
  [/#if]
  <h2 class="chemo-callout__heading" id="${headingId}">${heading}</h2>
  [#if (content.text!"")?has_content]
  <p class="chemo-callout__text">${content.text}</p>
  [/#if]
  [#if searchValid]
  <form class="chemo-callout__search" role="search" action="${searchAction?html}" method="get" aria-labelledby="${headingId}">
    [#list searchHidden as field]
    <input type="hidden" name="${field.name}" value="${field.value}">
    [/#list]
    <label class="chemo-callout__search-label" for="${searchFieldId}">${searchLabel}</label>
    <span class="chemo-callout__search-row">
      <input class="chemo-callout__search-input" type="search" id="${searchFieldId}" name="${searchParameter}" autocomplete="off">
      <button class="chemo-callout__search-button" type="submit">${searchButton}</button>
    </span>
  </form>
  [#elseif searchWanted]
  [@editorAlert.alert message=i18n['chemo.editor.callout.badSearch'] /]
  [/#if]
  [#if href?has_content]
  <p class="chemo-callout__action"><a class="chemo-callout__link" href="${href}">${linkText}</a></p>
  [/#if]
  [#if brokenLink]
  [@editorAlert.alert message=i18n['chemo.editor.callout.brokenLink'] /]
  [/#if]
</aside>
[/#if]
