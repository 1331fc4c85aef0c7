[#-- A call-out box (general information, clinical trials, peer support) with heading, text and one link; expects: content = callout component (variant, heading, text, linkLabel, linkPage, linkUrl) --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/links.ftl" as links]

[#-- ASSIGNMENTS --]
[#assign variant = content.variant!"info"]
[#if !["info", "clinicalTrials", "peerSupport"]?seq_contains(variant)]
  [#assign variant = "info"]
[/#if]
[#assign heading = content.heading!""]
[#assign headingId = "chemo-callout-" + content.@id]
[#assign href = links.pageHref(content.linkPage!"")]
[#if !href?has_content]
  [#assign href = links.safeUrl(content.linkUrl!"")]
[/#if]
[#assign linkText = content.linkLabel!""]
[#if !linkText?has_content]
  [#assign linkText = i18n['chemo.callout.link']?html]
[/#if]
[#assign brokenLink = !href?has_content && ((content.linkPage!"")?has_content || (content.linkUrl!"")?has_content)]

[#-- RENDERING --]
[#if !heading?has_content]
  [@editorAlert.alert message=i18n['chemo.editor.callout.noHeading'] /]
[#else]
<aside class="chemo-callout chemo-callout--${variant}" aria-labelledby="${headingId}">
  <h2 class="chemo-callout__heading" id="${headingId}">${heading}</h2>
  [#if (content.text!"")?has_content]
  <p class="chemo-callout__text">${content.text}</p>
  [/#if]
  [#if href?has_content]
  <p class="chemo-callout__action"><a class="chemo-callout__link" href="${href}">${linkText}</a></p>
  [/#if]
  [#if brokenLink]
  [@editorAlert.alert message=i18n['chemo.editor.callout.brokenLink'] /]
  [/#if]
</aside>
[/#if]
