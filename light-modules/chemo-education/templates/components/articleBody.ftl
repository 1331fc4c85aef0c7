[#-- The full text of an article: title, summary, sections, key terms, review line and sources; expects: content = articleBody component (optional "article" id; else the page's "article") --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/glossary.ftl" as glossary]
[#import "/chemo-education/templates/macros/links.ftl" as links]
[#import "/chemo-education/templates/macros/reviewLine.ftl" as reviewLine]

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
[#if hasTitle]
  [#assign articleKey = article.@name]
  [#assign headingId = "chemo-article-" + articleKey]
  [#assign sections = []]
  [#if article.sections?has_content && article.sections?is_hash]
    [#list cmsfn.children(article.sections) as section]
      [#assign sectionBody = cmsfn.decode(section).body!""]
      [#if (section.heading!"")?has_content || sectionBody?has_content]
        [#assign sections = sections + [{"id": "chemo-section-" + articleKey + "-" + section.@name, "heading": section.heading!"", "body": sectionBody}]]
      [/#if]
    [/#list]
  [/#if]
  [#assign keyTermIds = glossary.asList(article.keyTerms!)]
  [#assign keyTerms = glossary.terms(keyTermIds)]
  [#assign missingKeyTerms = keyTermIds?size - keyTerms?size]
  [#assign glossaryUrl = ""]
  [#if keyTerms?has_content]
    [#assign glossaryUrl = glossary.glossaryPageUrl()]
  [/#if]
  [#assign keyTermsId = "chemo-keyterms-" + articleKey]
  [#assign sourcesId = "chemo-sources-" + articleKey]
[/#if]
[#assign keyTermsHeading = i18n['chemo.articleBody.keyTerms.heading']?html]
[#assign keyTermsIntro = i18n['chemo.articleBody.keyTerms.intro']?html]

[#-- RENDERING --]
[#if !articleId?has_content]
  [@editorAlert.alert message=i18n['chemo.editor.articleBody.noArticle'] /]
[#elseif !article?has_content]
  [@editorAlert.alert message=i18n.get('chemo.editor.articleMissing', [articleId]) /]
[#elseif !hasTitle]
  [@editorAlert.alert message=i18n.get('chemo.editor.articleNoTitle', [article.@name]) /]
[#else]
<article class="chemo-article" aria-labelledby="${headingId}">
  <header class="chemo-article__header">
    <h1 class="chemo-article__title" id="${headingId}">${article.title}</h1>
  [#if (article.summary!"")?has_content]
    <p class="chemo-article__summary">${article.summary}</p>
  [/#if]
  </header>
  [#if !sections?has_content]
  [@editorAlert.alert message=i18n['chemo.editor.articleNoSections'] /]
  [/#if]
  [#list sections as section]
  <section class="chemo-article__section"[#if section.heading?has_content] aria-labelledby="${section.id}"[/#if]>
    [#if section.heading?has_content]
    <h2 class="chemo-article__section-heading" id="${section.id}">${section.heading}</h2>
    [/#if]
    [#if section.body?has_content]
    <div class="chemo-article__section-body">
      ${section.body}
    </div>
    [/#if]
  </section>
  [/#list]
  [#if keyTerms?has_content]
  <section class="chemo-keyterms-box" aria-labelledby="${keyTermsId}">
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
    [@reviewLine.line item=article cssClass="chemo-article__review" /]
    [@links.sources item=article headingId=sourcesId /]
  </footer>
</article>
[/#if]
