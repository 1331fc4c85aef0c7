[#-- The glossary, one letter per page, with A–Z navigation and a search box that works without JavaScript; expects:
     content = glossaryIndex component (optional "heading"); terms from the chemoGlossary workspace. A letter with more
     than 100 terms is cut into parts, each its own page, named by guide words (first and last term).
     Pages are Magnolia selectors of the glossary page (glossary~c~.html, glossary~c~cancerdemama~.html), so each is small and
     cached on its own; the search is a GET form (?q=), rendered here, that chemo-glossary-search.js updates as the
     reader types. data-glossary="off": definitions are never glossified (no pop-ups inside the glossary itself). --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/glossary.ftl" as glossary]
[#import "/chemo-education/templates/macros/values.ftl" as values]

[#-- ASSIGNMENTS --]
[#assign heading = content.heading!""]
[#if !heading?has_content]
  [#assign heading = i18n['chemo.glossaryIndex.heading']?html]
[/#if]
[#assign maxResults = 50]
[#-- The URL's selector: "c" (a letter) or "c~cancerdemama" (the part of a long letter that holds that key); Magnolia
     gives it decoded, without the ~ around it. --]
[#assign selectors = (ctx.aggregationState.selector!"")?split("~")]
[#assign paged = glossary.pagedIndex(selectors[0]!"", selectors[1]!"")]
[#assign pageHref = cmsfn.link(cmsfn.page(content))!""]
[#assign query = (ctx.getParameter('q')!"")?trim]
[#assign searching = query?has_content]
[#assign results = []]
[#if searching]
  [#assign results = glossary.searchTerms(query, maxResults + 1)]
[/#if]
[#assign moreResults = results?size gt maxResults]
[#if moreResults]
  [#assign results = results[0..<maxResults]]
[/#if]
[#assign lettersLabel = i18n['chemo.glossaryIndex.letters']?html]
[#assign otherLetter = i18n['chemo.glossaryIndex.otherLetter']?html]
[#assign backToLetters = i18n['chemo.glossaryIndex.backToLetters']?html]
[#assign searchLabel = i18n['chemo.glossaryIndex.search.label']?html]
[#assign searchButton = i18n['chemo.glossaryIndex.search.button']?html]
[#assign headingId = "chemo-glossary-heading-" + content.@id]
[#assign navId = "chemo-glossary-letters-" + content.@id]
[#assign searchId = "chemo-glossary-search-" + content.@id]
[#assign resultsId = "chemo-glossary-results-" + content.@id]
[#assign letterLabel = ""]
[#list paged.letters as letter]
  [#if letter.token == paged.letter]
    [#assign letterLabel = (letter.label == "#")?then(otherLetter, letter.label?html)]
  [/#if]
[/#list]
[#assign partLabel = ""]
[#list paged.parts as part]
  [#if part?index == paged.part]
    [#assign partLabel = (part.first + " – " + part.last)?html]
  [/#if]
[/#list]
[#assign letterId = "chemo-letter-" + paged.letter]
[#-- schema.org DefinedTermSet of the terms on this page (the glossary page's name, each term's URL). --]
[#assign setName = (cmsfn.decode(cmsfn.page(content)).title)!""]
[#assign definedTerms = []]
[#list paged.terms as term]
  [#assign storedName = glossary.storedName(term)]
  [#assign definedTerms = definedTerms + [{"name": storedName, "description": glossary.storedDefinition(term),
      "url": glossary.termHref(pageHref, storedName, cmsfn.decode(term).@name)}]]
[/#list]

[#-- RENDERING --]
[#if !paged.letter?has_content && !searching]
  [@editorAlert.alert message=i18n['chemo.editor.glossaryEmpty'] /]
[#else]
<section class="chemo-glossary-index" aria-labelledby="${headingId}" data-glossary="off">
  <h1 class="chemo-glossary-index__heading" id="${headingId}">${heading}</h1>
  <form class="chemo-glossary-search" role="search" method="get" action="${pageHref?html}" data-chemo-glossary-search="${resultsId}">
    <label class="chemo-glossary-search__label" for="${searchId}">${searchLabel}</label>
    <input class="chemo-glossary-search__input" type="search" id="${searchId}" name="q" value="${query?html}" maxlength="100" autocomplete="off">
    <button class="chemo-glossary-search__button" type="submit">${searchButton}</button>
  </form>
  <div class="chemo-glossary-search__results" id="${resultsId}" aria-live="polite">
  [#if searching]
    [#if glossary.searchText(query)?length lt 2]
    <p class="chemo-glossary-search__message">${i18n['chemo.glossaryIndex.search.tooShort']?html}</p>
    [#elseif !results?has_content]
    <p class="chemo-glossary-search__message">${i18n.get('chemo.glossaryIndex.search.none', [query])?html}</p>
    [#else]
    <h2 class="chemo-glossary-search__heading">${i18n.get('chemo.glossaryIndex.search.heading', [query])?html}</h2>
    <dl class="chemo-glossary chemo-glossary--results">
      [#list results as term]
      <div class="chemo-glossary__entry">
        <dt class="chemo-glossary__term"><a class="chemo-glossary__term-link" href="${glossary.termUrl(pageHref, term)}">${glossary.name(term)}</a></dt>
        <dd class="chemo-glossary__definition"><p class="chemo-glossary__text">${glossary.definition(term)}</p></dd>
      </div>
      [/#list]
    </dl>
      [#if moreResults]
    <p class="chemo-glossary-search__message">${i18n.get('chemo.glossaryIndex.search.more', [maxResults?c])?html}</p>
      [/#if]
    [/#if]
  [/#if]
  </div>
  [#if paged.letters?has_content]
  <nav class="chemo-glossary-nav" id="${navId}" aria-label="${lettersLabel}">
    <ul class="chemo-glossary-nav__list">
    [#list paged.letters as letter]
      [#assign text = (letter.label == "#")?then(otherLetter, letter.label?html)]
      [#if letter.count == 0]
      <li class="chemo-glossary-nav__item chemo-glossary-nav__item--empty" aria-hidden="true"><span class="chemo-glossary-nav__letter">${text}</span></li>
      [#else]
      <li class="chemo-glossary-nav__item"><a class="chemo-glossary-nav__link" href="${glossary.withSelector(pageHref, letter.token)?html}"[#if letter.token == paged.letter && !searching] aria-current="page"[/#if]>${text}</a></li>
      [/#if]
    [/#list]
    </ul>
  </nav>
  [/#if]
  [#if paged.letter?has_content]
  <section class="chemo-glossary__group" aria-labelledby="${letterId}">
    <h2 class="chemo-glossary__letter" id="${letterId}">${letterLabel}</h2>
    [#if paged.parts?has_content]
    <nav class="chemo-glossary-parts" aria-label="${i18n.get('chemo.glossaryIndex.groups', [letterLabel])?html}">
      <ul class="chemo-glossary-parts__list">
      [#list paged.parts as part]
        <li class="chemo-glossary-parts__item"><a class="chemo-glossary-parts__link" href="${glossary.withSelector(pageHref, paged.letter + part.token?has_content?then("~" + part.token, ""))?html}"[#if part?index == paged.part] aria-current="page"[/#if]>${(part.first + " – " + part.last)?html}</a></li>
      [/#list]
      </ul>
    </nav>
    <h3 class="chemo-glossary__part">${partLabel}</h3>
    [/#if]
    [#if paged.terms?has_content]
    <dl class="chemo-glossary">
      [#list paged.terms as term]
      <div class="chemo-glossary__entry">
        <dt class="chemo-glossary__term" id="${glossary.anchor(term)}"><dfn class="chemo-glossary__name">${glossary.name(term)}</dfn>
          [@glossary.pronunciation term=term block="chemo-glossary" /]
        </dt>
        <dd class="chemo-glossary__definition">
          <p class="chemo-glossary__text">${glossary.definition(term)}</p>
          [@values.alert item=term properties=glossary.textProperties lists=glossary.listProperties /]
          [@glossary.variants term=term block="chemo-glossary" /]
          [@glossary.seeAlso term=term block="chemo-glossary" glossaryHref=pageHref /]
        </dd>
      </div>
      [/#list]
    </dl>
    [#else]
    <p class="chemo-glossary__empty">${i18n.get('chemo.glossaryIndex.letterEmpty', [letterLabel])?html}</p>
    [/#if]
    <p class="chemo-glossary__back"><a class="chemo-glossary__back-link" href="#${navId}">${backToLetters}</a></p>
  </section>
  [/#if]
  [#if definedTerms?has_content]
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "DefinedTermSet",
    "name": "${setName?json_string}",
    "inLanguage": "${cmsfn.language()?json_string}",
    "hasDefinedTerm": [
      [#list definedTerms as definedTerm]
      {"@type": "DefinedTerm", "name": "${definedTerm.name?json_string}", "description": "${definedTerm.description?json_string}", "url": "${definedTerm.url?json_string}"}[#sep],[/#sep]
      [/#list]
    ]
  }
  </script>
  [/#if]
</section>
[/#if]
