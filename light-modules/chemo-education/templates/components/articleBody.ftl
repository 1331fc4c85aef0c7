[#-- The full text of an article: title, summary, sections, key terms, review line, sources and "Words to know"; expects: content = articleBody component (optional "article" id; else the page's "article"); optional chemofn (the module's jar) for inline glossary terms --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/glossary.ftl" as glossary]
[#import "/chemo-education/templates/macros/ids.ftl" as ids]
[#import "/chemo-education/templates/macros/links.ftl" as links]
[#import "/chemo-education/templates/macros/readability.ftl" as readability]
[#import "/chemo-education/templates/macros/reviewLine.ftl" as reviewLine]
[#import "/chemo-education/templates/macros/richText.ftl" as richText]
[#import "/chemo-education/templates/macros/translation.ftl" as translation]

[#-- ASSIGNMENTS --]
[#assign page = cmsfn.page(content)!]
[#assign articleId = content.article!""]
[#if !articleId?has_content && page?has_content]
  [#assign articleId = page.article!""]
[/#if]
[#assign article = ""]
[#if articleId?has_content]
  [#assign article = cmsfn.contentById(articleId, "chemoArticles")!]
[/#if]
[#assign hasTitle = article?has_content && (article.title!"")?has_content]
[#-- The hospital's medical-content policy (template parameters from includes/medicalContentPolicy.yaml; README "Medical-content quality"). --]
[#assign reviewIntervalMonths = (def.parameters.reviewIntervalMonths)!24]
[#assign readabilityTarget = ((def.parameters.readabilityTargetGrade)!8)?number]
[#-- Editors see reading levels (chemofn, the module's jar, measures them); readers never do. --]
[#assign measuring = cmsfn.isEditMode() && chemofn??]
[#assign withheld = hasTitle && reviewLine.isWithheld(article, (def.parameters)!{})]
[#if hasTitle]
  [#assign articleKey = ids.name(article)]
  [#assign headingId = "chemo-article-" + articleKey]
  [#assign keyTermIds = glossary.asList(article.keyTerms!)]
  [#assign keyTerms = glossary.terms(keyTermIds)]
  [#assign missingKeyTerms = keyTermIds?size - keyTerms?size]
  [#-- Inline terms need the module's jar (chemofn); a light-module-only install renders the key-terms box only. --]
  [#assign glossaryRoot = ""]
  [#if chemofn??]
    [#assign glossaryRoot = cmsfn.contentByPath("/", "chemoGlossary")!""]
  [/#if]
  [#-- ?is_hash, not ?has_content: a workspace root with no properties of its own may count as an empty map. --]
  [#assign linking = glossaryRoot?is_hash]
  [#assign glossaryHref = ""]
  [#if keyTerms?has_content || linking]
    [#assign glossaryHref = glossary.glossaryPageHref()]
  [/#if]
  [#assign glossaryUrl = glossaryHref?html]
  [#-- The linker cleans each section to the rich-text allow-list and marks terms in the same pass; without it, richText.prepare cleans (jar) or checks (light module). --]
  [#assign linker = ""]
  [#if linking]
    [#-- One linker per article: each term is marked at its first occurrence in the whole article (sections in reading order). --]
    [#assign linker = chemofn.linker(glossaryRoot, {"language": cmsfn.language(), "glossaryUrl": glossaryHref, "idPrefix": "chemo-term-" + articleKey, "firstOccurrence": "article"})]
  [/#if]
  [#assign sections = []]
  [#assign storedBodies = []]
  [#if article.sections?has_content && article.sections?is_hash]
    [#list cmsfn.children(article.sections) as section]
      [#assign storedBody = cmsfn.decode(section).body!""]
      [#assign sectionBody = richText.prepare(storedBody, linker)]
      [#if (section.heading!"")?has_content || sectionBody.html?has_content || sectionBody.problem?has_content]
        [#if measuring]
          [#assign storedBodies = storedBodies + [storedBody]]
        [/#if]
        [#assign sections = sections + [{"id": "chemo-section-" + articleKey + "-" + ids.name(section), "heading": section.heading!"", "body": sectionBody.html, "text": sectionBody}]]
      [/#if]
    [/#list]
  [/#if]
  [#-- Reading levels of the shown sections (same order as sections) and of all of them read as one text. --]
  [#assign articleScore = ""]
  [#assign sectionScores = []]
  [#if measuring && storedBodies?has_content]
    [#assign measured = chemofn.articleReadability(storedBodies, cmsfn.language())!""]
    [#if measured?has_content]
      [#assign articleScore = measured.whole()]
      [#assign sectionScores = measured.sections()]
    [/#if]
  [/#if]
  [#-- A section without heading whose body is not shown (too large) leaves only its editor alert. --]
  [#assign shownSections = 0]
  [#list sections as section]
    [#if section.heading?has_content || section.body?has_content]
      [#assign shownSections = shownSections + 1]
    [/#if]
  [/#list]
  [#-- "Words to know": the terms marked in the text, in order of first use (raw strings from chemofn: escaped when printed). --]
  [#assign wordsToKnow = []]
  [#if linking]
    [#assign wordsToKnow = linker.usedTerms()]
  [/#if]
  [#-- When "Words to know" already holds every key term, the key-terms box is left out of print (no definitions twice on paper). --]
  [#assign usedTermIds = {}]
  [#list wordsToKnow as term]
    [#assign usedTermIds = usedTermIds + {term.id(): true}]
  [/#list]
  [#assign keyTermsInWordsToKnow = wordsToKnow?has_content]
  [#list keyTerms as term]
    [#if !usedTermIds[term.@id]??]
      [#assign keyTermsInWordsToKnow = false]
    [/#if]
  [/#list]
  [#assign keyTermsId = "chemo-keyterms-" + articleKey]
  [#assign sourcesId = "chemo-sources-" + articleKey]
  [#assign wordsToKnowId = "chemo-words-" + articleKey]
[/#if]
[#assign keyTermsHeading = i18n['chemo.articleBody.keyTerms.heading']?html]
[#assign keyTermsIntro = i18n['chemo.articleBody.keyTerms.intro']?html]
[#assign wordsToKnowHeading = i18n['chemo.articleBody.wordsToKnow.heading']?html]
[#assign wordsToKnowIntro = i18n['chemo.articleBody.wordsToKnow.intro']?html]

[#-- RENDERING --]
[#if !articleId?has_content]
  [@editorAlert.alert message=i18n['chemo.editor.articleBody.noArticle'] /]
[#elseif !article?has_content]
  [@editorAlert.alert message=i18n.get('chemo.editor.articleMissing', [articleId]) /]
[#elseif withheld && !cmsfn.isEditMode()]
  [#-- review overdue under the "hide" policy: readers get a notice instead of the article --]
<p class="chemo-article-withheld" role="note">${i18n['chemo.articleBody.withheld']?html}</p>
[#elseif !hasTitle]
  [@editorAlert.alert message=i18n.get('chemo.editor.articleNoTitle', [article.@name]) /]
[#else]
<article class="chemo-article" aria-labelledby="${headingId}">
  <header class="chemo-article__header">
    <h1 class="chemo-article__title" id="${headingId}">${article.title}</h1>
  [#if (article.summary!"")?has_content]
    <p class="chemo-article__summary">${article.summary}</p>
  [/#if]
  [@readability.badge score=articleScore target=readabilityTarget scope="article" /]
  </header>
  [#if shownSections == 0]
  [@editorAlert.alert message=i18n['chemo.editor.articleNoSections'] /]
  [/#if]
  [#list sections as section]
    [#if section.heading?has_content || section.body?has_content]
  <section class="chemo-article__section"[#if section.heading?has_content] aria-labelledby="${section.id}"[/#if]>
      [#if section.heading?has_content]
    <h2 class="chemo-article__section-heading" id="${section.id}">${section.heading}</h2>
      [/#if]
      [#if section.body?has_content]
    <div class="chemo-article__section-body">
      ${section.body}
    </div>
      [/#if]
    [@richText.alerts text=section.text /]
    [#if section?index lt sectionScores?size]
    [@readability.badge score=sectionScores[section?index] target=readabilityTarget /]
    [/#if]
  </section>
    [#else]
  [@richText.alerts text=section.text /]
    [/#if]
  [/#list]
  [#if keyTerms?has_content]
  <section class="chemo-keyterms-box[#if keyTermsInWordsToKnow] chemo-keyterms-box--in-words-to-know[/#if]" aria-labelledby="${keyTermsId}" data-glossary="off">
    <h2 class="chemo-keyterms-box__heading" id="${keyTermsId}">${keyTermsHeading}</h2>
    <p class="chemo-keyterms-box__intro">${keyTermsIntro}</p>
    <dl class="chemo-keyterms">
    [#list keyTerms as term]
      <div class="chemo-keyterms__entry">
        <dt class="chemo-keyterms__term">[#if glossaryUrl?has_content]<a class="chemo-keyterms__link" href="${glossaryUrl}#${glossary.anchor(term)}">${term.term}</a>[#else]${term.term}[/#if]
          [@glossary.pronunciation term=term block="chemo-keyterms" /]
        </dt>
        <dd class="chemo-keyterms__definition">${term.definition}</dd>
      </div>
    [/#list]
    </dl>
  </section>
  [/#if]
  [#if missingKeyTerms > 0]
  [@editorAlert.alert message=i18n.get('chemo.editor.keyTermsMissing', [missingKeyTerms?c]) /]
  [/#if]
  <footer class="chemo-article__footer">
    [#if withheld]
    [@editorAlert.alert message=i18n['chemo.editor.articleWithheld'] /]
    [/#if]
    [@reviewLine.line item=article cssClass="chemo-article__review" intervalMonths=reviewIntervalMonths /]
    [@translation.alert item=article /]
    [@links.sources item=article headingId=sourcesId /]
  </footer>
  [#if wordsToKnow?has_content]
  <section class="chemo-words-to-know" aria-labelledby="${wordsToKnowId}" data-glossary="off">
    <h2 class="chemo-words-to-know__heading" id="${wordsToKnowId}">${wordsToKnowHeading}</h2>
    <p class="chemo-words-to-know__intro">${wordsToKnowIntro}</p>
    <dl class="chemo-words-to-know__list">
    [#list wordsToKnow as term]
      <div class="chemo-words-to-know__entry">
        <dt class="chemo-words-to-know__term">${term.term()?html}
          [@glossary.respelling text=term.pronunciation()?html block="chemo-words-to-know" /]
        </dt>
        <dd class="chemo-words-to-know__definition">${term.definition()?html}</dd>
      </div>
    [/#list]
    </dl>
  </section>
  [/#if]
</article>
[/#if]
