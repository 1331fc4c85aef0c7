[#-- An article page; expects: content = the page --]
[#import "/chemo-education/templates/macros/links.ftl" as links]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@cms.page /]
  <link rel="stylesheet" href="${ctx.contextPath}/.resources/chemo-education/webresources/css/chemo-education.css">
</head>
<body>
  <a href="#main">${i18n['chemo.page.skipToContent']}</a>
  <main id="main">[@cms.area name="main" /]</main>
  <aside>[@cms.area name="aside" /]</aside>
</body>
</html>
