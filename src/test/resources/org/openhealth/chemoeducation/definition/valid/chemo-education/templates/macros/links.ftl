[#-- Link macros; expects: nothing --]
[#macro link href text]<a href="${href}">${text}</a>[/#macro]
