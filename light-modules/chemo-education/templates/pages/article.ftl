[#-- An article page: HTML document with schema.org MedicalWebPage JSON-LD, areas "main" and "aside"; expects: content = page (title, optional "article" = chemoArticles id) --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/glossary.ftl" as glossary]
[#import "/chemo-education/templates/macros/links.ftl" as links]
[#import "/chemo-education/templates/macros/reviewLine.ftl" as reviewLine]
[#import "/chemo-education/templates/macros/values.ftl" as values]

[#-- ASSIGNMENTS --]
[#assign language = cmsfn.language()]
[#assign articleId = content.article!""]
[#assign article = ""]
[#if articleId?has_content]
  [#assign article = cmsfn.contentById(articleId, "chemoArticles")!]
[/#if]
[#-- Text values are read with values.text / values.stored whatever shape reached the repository (a list: its first
     value; a number: its text); the article body component tells editors. --]
[#assign hasArticle = article?has_content && values.text(article.title!)?has_content]
[#-- Under the "hide" policy an article whose review is overdue is withheld from readers: the head then describes the
     page, not the article (no summary, no MedicalWebPage JSON-LD). Policy: includes/medicalContentPolicy.yaml. --]
[#if hasArticle && !cmsfn.isEditMode()]
  [#assign hasArticle = !reviewLine.isWithheld(article, (def.parameters)!{})]
[/#if]
[#assign pageTitle = values.text(content.title!)]
[#if !pageTitle?has_content]
  [#assign pageTitle = content.@name]
[/#if]
[#assign description = ""]
[#if hasArticle]
  [#assign pageTitle = values.text(article.title!)]
  [#assign ld = cmsfn.decode(article)]
  [#assign ldTitle = values.stored(ld.title!)]
  [#assign ldSummary = values.stored(ld.summary!)]
  [#assign ldReviewedBy = values.stored(ld.reviewedBy!)]
  [#assign ldAdaptedFrom = values.stored(ld.adaptedFrom!)]
  [#assign description = ldSummary?replace("\\s+", " ", "r")?trim?html]
  [#assign reviewedIso = reviewLine.storedDay(article.lastReviewed!"")]
  [#assign audienceTypes = {"patient": "Patient", "caregiver": "Caregiver", "clinician": "Clinician"}]
  [#assign audiences = []]
  [#list glossary.asList(ld.audience!) as audience]
    [#if audienceTypes[audience]??]
      [#assign audiences = audiences + [audienceTypes[audience]]]
    [/#if]
  [/#list]
  [#-- schema.org isBasedOn: the published text the article is adapted from (its address only when safe). --]
  [#assign basedOnUrl = links.webUrl(values.stored(ld.adaptedFromUrl!))]
  [#assign mentions = []]
  [#list glossary.terms(article.keyTerms!) as term]
    [#assign mentions = mentions + [{"name": glossary.storedName(term), "description": glossary.storedDefinition(term)}]]
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
[#-- Print view (?view=print): the article for paper, without skip link, aside, topic navigation or call-outs (those
     components check the same parameter). Only the exact value "print" counts; the parameter itself is never printed. --]
[#assign printView = (ctx.getParameter('view')!"") == "print"]
[#assign printScript = ctx.contextPath?html + "/.resources/chemo-education/webresources/js/chemo-print.js"]
[#assign pageLink = cmsfn.link(content)!""]
[#assign pageHref = pageLink?html]
[#assign printHref = ""]
[#if pageLink?has_content]
  [#assign printHref = (pageLink + "?view=print")?html]
[/#if]
[#-- The page's address on paper: the public address (template parameter publicBaseUrl, README "Printing and
     take-home") followed by the page path; without it the path alone, which chemo-print.js completes with the
     browser's origin (pagePath keeps the context path for that). --]
[#assign publicBaseUrl = links.webUrl((def.parameters.publicBaseUrl)!"")?remove_ending("/")]
[#assign pagePath = ""]
[#assign pageAddress = pageLink]
[#if publicBaseUrl?has_content && pageLink?has_content]
  [#assign pageAddress = publicBaseUrl + pageLink?remove_beginning(ctx.contextPath)]
[#else]
  [#assign pagePath = pageLink?html]
[/#if]
[#assign pageAddress = pageAddress?html]
[#assign printLinkLabel = i18n['chemo.print.link']?html]
[#assign printButtonLabel = i18n['chemo.print.button']?html]
[#assign printBackLabel = i18n['chemo.print.back']?html]
[#assign thisPageLabel = i18n['chemo.print.thisPage']?html]

[#-- RENDERING --]
<!DOCTYPE html>
<html lang="${language?html}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  [#if printView]
  <meta name="robots" content="noindex">
  [/#if]
  <title>${pageTitle?replace("<br/>", " ")}</title>
  [#if description?has_content]
  <meta name="description" content="${description}">
  [/#if]
  [@cms.page /]
  <link rel="stylesheet" href="${stylesheet}">
  [#if glossaryScript?has_content]
  <script src="${glossaryScript}" defer></script>
  [/#if]
  <script src="${printScript}" defer></script>
  [#if hasArticle]
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "name": "${ldTitle?json_string}",
    [#if ldSummary?has_content]
    "description": "${ldSummary?json_string}",
    [/#if]
    "inLanguage": "${language?json_string}",
    [#if reviewedIso?has_content]
    "lastReviewed": "${reviewedIso?json_string}",
    [/#if]
    [#if ldReviewedBy?has_content]
    "reviewedBy": {"@type": "Person", "name": "${ldReviewedBy?json_string}"},
    [/#if]
    [#if ldAdaptedFrom?has_content]
    "isBasedOn": {"@type": "CreativeWork", "name": "${ldAdaptedFrom?json_string}"[#if basedOnUrl?has_content], "url": "${basedOnUrl?json_string}"[/#if]},
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
    "about": {"@type": "MedicalEntity", "name": "${ldTitle?json_string}"}
  }
  </script>
  [/#if]
</head>
<body class="chemo-page chemo-page--article[#if printView] chemo-page--print[/#if]">
  [#if !printView]
  <a class="chemo-skip-link" href="#chemo-main">${skipLink}</a>
  [/#if]
  <div class="chemo-layout">
    <main class="chemo-main" id="chemo-main" tabindex="-1">
      [#-- chemo-print.js puts a Print button (data-chemo-print-label) in front of the back link: none without scripts --]
      [#if printView && pageHref?has_content]
      <p class="chemo-print-tools" data-chemo-print-label="${printButtonLabel}"><a class="chemo-print-tools__link" href="${pageHref}">${printBackLabel}</a></p>
      [#elseif !printView && hasArticle && printHref?has_content]
      <p class="chemo-print-tools"><a class="chemo-print-tools__link" href="${printHref}">${printLinkLabel}</a></p>
      [/#if]
      [#if articleId?has_content && !article?has_content]
      [@editorAlert.alert message=i18n.get('chemo.editor.articleMissing', [articleId]) /]
      [/#if]
      [@cms.area name="main" /]
    </main>
    [#if !printView]
    <aside class="chemo-aside" aria-label="${asideLabel}">
      [@cms.area name="aside" /]
    </aside>
    [/#if]
  </div>
  [#if pageAddress?has_content]
  [#-- On paper only (and in the print view): where to find this page again. --]
  <footer class="chemo-print-footer">
    <p class="chemo-print-footer__address">${thisPageLabel} <span class="chemo-print-footer__url"[#if pagePath?has_content] data-chemo-page-path="${pagePath}"[/#if]>${pageAddress}</span></p>
  </footer>
  [/#if]
</body>
</html>
