[#-- An article page: HTML document with schema.org MedicalWebPage JSON-LD, areas "main" and "aside"; expects: content = page (title, optional "article" = chemoArticles id) --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/glossary.ftl" as glossary]

[#-- ASSIGNMENTS --]
[#assign language = cmsfn.language()]
[#assign articleId = content.article!""]
[#assign article = ""]
[#if articleId?has_content]
  [#assign article = cmsfn.contentById(articleId, "chemoArticles")!]
[/#if]
[#assign hasArticle = article?has_content && (article.title!"")?has_content]
[#assign pageTitle = content.title!content.@name]
[#assign description = ""]
[#if hasArticle]
  [#assign pageTitle = article.title]
  [#assign ld = cmsfn.decode(article)]
  [#assign description = (ld.summary!"")?replace("\\s+", " ", "r")?trim?html]
  [#assign reviewedIso = ""]
  [#if article.lastReviewed?has_content && article.lastReviewed?is_date]
    [#assign reviewedIso = article.lastReviewed?date?string.iso]
  [/#if]
  [#assign audienceTypes = {"patient": "Patient", "caregiver": "Caregiver", "clinician": "Clinician"}]
  [#assign audiences = []]
  [#list glossary.asList(ld.audience!) as audience]
    [#if audienceTypes[audience]??]
      [#assign audiences = audiences + [audienceTypes[audience]]]
    [/#if]
  [/#list]
  [#assign mentions = []]
  [#list glossary.terms(article.keyTerms!) as term]
    [#assign decodedTerm = cmsfn.decode(term)]
    [#assign mentions = mentions + [{"name": decodedTerm.term, "description": decodedTerm.definition}]]
  [/#list]
[/#if]
[#assign stylesheet = ctx.contextPath?html + "/.resources/chemo-education/webresources/css/chemo-education.css"]
[#-- The glossary pop-up script enhances terms marked by chemofn; without the module's jar there are none, so no script. --]
[#assign glossaryScript = ""]
[#if chemofn??]
  [#assign glossaryScript = ctx.contextPath?html + "/.resources/chemo-education/webresources/js/chemo-glossary.js"]
[/#if]
[#assign skipLink = i18n['chemo.page.skipToContent']?html]
[#assign asideLabel = i18n['chemo.page.aside']?html]

[#-- RENDERING --]
<!DOCTYPE html>
<html lang="${language?html}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${pageTitle?replace("<br/>", " ")}</title>
  [#if description?has_content]
  <meta name="description" content="${description}">
  [/#if]
  [@cms.page /]
  <link rel="stylesheet" href="${stylesheet}">
  [#if glossaryScript?has_content]
  <script src="${glossaryScript}" defer></script>
  [/#if]
  [#if hasArticle]
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "name": "${(ld.title!"")?json_string}",
    [#if (ld.summary!"")?has_content]
    "description": "${ld.summary?json_string}",
    [/#if]
    "inLanguage": "${language?json_string}",
    [#if reviewedIso?has_content]
    "lastReviewed": "${reviewedIso?json_string}",
    [/#if]
    [#if (ld.reviewedBy!"")?has_content]
    "reviewedBy": {"@type": "Person", "name": "${ld.reviewedBy?json_string}"},
    [/#if]
    [#if audiences?has_content]
    "audience": [[#list audiences as audience]{"@type": "MedicalAudience", "audienceType": "${audience?json_string}"}[#sep], [/#sep][/#list]],
    [/#if]
    [#if mentions?has_content]
    "mentions": [
      [#list mentions as mention]
      {"@type": "DefinedTerm", "name": "${mention.name?json_string}", "description": "${mention.description?json_string}"}[#sep],[/#sep]
      [/#list]
    ],
    [/#if]
    "about": {"@type": "MedicalEntity", "name": "${(ld.title!"")?json_string}"}
  }
  </script>
  [/#if]
</head>
<body class="chemo-page chemo-page--article">
  <a class="chemo-skip-link" href="#chemo-main">${skipLink}</a>
  <div class="chemo-layout">
    <main class="chemo-main" id="chemo-main" tabindex="-1">
      [#if articleId?has_content && !article?has_content]
      [@editorAlert.alert message=i18n.get('chemo.editor.articleMissing', [articleId]) /]
      [/#if]
      [@cms.area name="main" /]
    </main>
    <aside class="chemo-aside" aria-label="${asideLabel}">
      [@cms.area name="aside" /]
    </aside>
  </div>
</body>
</html>
