[#-- The page's article; expects: content = the component --]
<article>${i18n.get('chemo.articleBody.reviewed', ['2026'])}</article>
