[#-- A glossary page: HTML document with schema.org DefinedTermSet JSON-LD of all terms, areas "main" and "aside"; expects: content = page (title) --]
[#import "/chemo-education/templates/macros/glossary.ftl" as glossary]

[#-- ASSIGNMENTS --]
[#assign language = cmsfn.language()]
[#assign pageTitle = content.title!content.@name]
[#assign setName = cmsfn.decode(content).title!content.@name]
[#assign pageUrl = cmsfn.link(content)!""]
[#assign definedTerms = []]
[#list glossary.allTerms() as term]
  [#assign decodedTerm = cmsfn.decode(term)]
  [#assign definedTerms = definedTerms + [{"name": decodedTerm.term, "description": decodedTerm.definition, "url": pageUrl + "#" + glossary.anchor(decodedTerm)}]]
[/#list]
[#assign description = i18n['chemo.glossaryPage.description']?html]
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
  <meta name="description" content="${description}">
  [@cms.page /]
  <link rel="stylesheet" href="${stylesheet}">
  [#if glossaryScript?has_content]
  <script src="${glossaryScript}" defer></script>
  [/#if]
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "DefinedTermSet",
    "name": "${setName?json_string}",
    "inLanguage": "${language?json_string}",
    "hasDefinedTerm": [
      [#list definedTerms as definedTerm]
      {"@type": "DefinedTerm", "name": "${definedTerm.name?json_string}", "description": "${definedTerm.description?json_string}", "url": "${definedTerm.url?json_string}"}[#sep],[/#sep]
      [/#list]
    ]
  }
  </script>
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
