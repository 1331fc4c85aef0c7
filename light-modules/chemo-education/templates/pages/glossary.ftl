[#-- A glossary page: HTML document with areas "main" and "aside" (the glossaryIndex component writes the schema.org
     DefinedTermSet of the terms it shows); expects: content = page (title) --]

[#-- ASSIGNMENTS --]
[#assign language = cmsfn.language()]
[#assign pageTitle = content.title!content.@name]
[#assign description = i18n['chemo.glossaryPage.description']?html]
[#assign stylesheet = ctx.contextPath?html + "/.resources/chemo-education/webresources/css/chemo-education.css"]
[#-- The glossary pop-up script enhances terms marked by chemofn; without the module's jar there are none, so no script. --]
[#assign glossaryScript = ""]
[#if chemofn??]
  [#assign glossaryScript = ctx.contextPath?html + "/.resources/chemo-education/webresources/js/chemo-glossary.js"]
[/#if]
[#-- Search as you type: enhances the glossary's GET search form, which works without it. --]
[#assign searchScript = ctx.contextPath?html + "/.resources/chemo-education/webresources/js/chemo-glossary-search.js"]
[#assign skipLink = i18n['chemo.page.skipToContent']?html]
[#assign asideLabel = i18n['chemo.page.aside']?html]

[#-- RENDERING --]
<!DOCTYPE html>
<html lang="${language?html}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${pageTitle?replace("<br/>", " ")}</title>
  <meta name="description" content="${description}">
  [@cms.page /]
  <link rel="stylesheet" href="${stylesheet}">
  [#if glossaryScript?has_content]
  <script src="${glossaryScript}" defer></script>
  [/#if]
  <script src="${searchScript}" defer></script>
</head>
<body class="chemo-page chemo-page--glossary">
  <a class="chemo-skip-link" href="#chemo-main">${skipLink}</a>
  <div class="chemo-layout">
    <main class="chemo-main" id="chemo-main" tabindex="-1">
      [@cms.area name="main" /]
    </main>
    <aside class="chemo-aside" aria-label="${asideLabel}">
      [@cms.area name="aside" /]
    </aside>
  </div>
</body>
</html>
