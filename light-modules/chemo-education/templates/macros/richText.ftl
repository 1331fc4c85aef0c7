[#-- Rich text made safe to print raw. With the module's jar (chemofn) it is cleaned in Java to the allow-list of
     org.openhealth.chemoeducation.module.safety.RichTextSanitizer. Without Java (light module only) it is printed
     raw only when every tag and attribute is on the same allow-list and every link is http(s), mailto, tel or
     relative; otherwise it is shown as text, never as markup. Text longer than maxLength is not shown to readers.
     expects: cmsfn, i18n; chemofn when the jar is installed --]
[#-- Usage: [#import "/chemo-education/templates/macros/richText.ftl" as richText]
     [#assign body = richText.prepare(cmsfn.decode(section).body!"")]  (or prepare(html, linker): chemofn's linker cleans and links)
     ${body.html} [@richText.alerts text=body /] --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]

[#-- The longest rich text (characters) that is rendered: 512 KB. --]
[#assign maxLength = 524288]

[#-- The allow-list as one regular expression for a single tag (\x22 is ", \x27 is '). Attribute values must be quoted;
     any character reference inside a tag other than &amp; (&#106; &colon; ...) fails the check. Links follow
     org.openhealth.chemoeducation.module.safety.SafeUrls.isRichTextLink, written here for the HTML-escaped attribute
     (& is &amp;): a scheme http://, https://, mailto: or tel: and at least one more character, or no scheme at all
     (no ":" before the first / ? #); no space, control character, quote, < or > anywhere (cases:
     src/test/resources/org/openhealth/chemoeducation/rules/url-cases.csv). No target attribute: without Java the
     rel="noopener noreferrer" it needs cannot be added. --]
[#assign quotedText = r"(?:\x22(?:[^\x22<>&\x00-\x1f]|&amp;)*+\x22|\x27(?:[^\x27<>&\x00-\x1f]|&amp;)*+\x27)"]
[#assign urlChar = r"(?:[^\x22\x27<>&\x00-\x20\x7f]|&amp;)"]
[#assign firstSegmentChar = r"(?:[^\x22\x27<>&\x00-\x20\x7f:/?#]|&amp;)"]
[#assign url = r"(?:(?:https?://|mailto:|tel:)" + urlChar + r"++|"
  + firstSegmentChar + r"*+(?:[/?#]" + urlChar + r"*+)?)"]
[#assign quotedUrl = r"(?:\x22" + url + r"\x22|\x27" + url + r"\x27)"]
[#assign number = r"(?:\x22\d{1,3}\x22|\x27\d{1,3}\x27)"]
[#assign scope = r"(?:\x22(?:row|col|rowgroup|colgroup)\x22|\x27(?:row|col|rowgroup|colgroup)\x27)"]
[#assign plainTags = "p|br|ul|ol|li|strong|em|b|i|u|sub|sup|h[2-6]|blockquote|hr|span|table|thead|tbody|tr"]
[#assign allowedTag = r"(?i)<(?:/(?:" + plainTags + r"|a|abbr|th|td)\s*+"
  + r"|(?:" + plainTags + r")\s*+/?"
  + r"|a(?:\s++(?:href\s*+=\s*+" + quotedUrl + r"|title\s*+=\s*+" + quotedText + r"))*+\s*+/?"
  + r"|abbr(?:\s++title\s*+=\s*+" + quotedText + r")*+\s*+/?"
  + r"|t[hd](?:\s++(?:(?:colspan|rowspan)\s*+=\s*+" + number + r"|scope\s*+=\s*+" + scope + r"))*+\s*+/?"
  + r")>"]

[#-- Whether every "<" in the (decoded) rich text starts an allowed tag. --]
[#function isAllowed html]
  [#return (html?matches("<"))?size == (html?matches(allowedTag))?size]
[/#function]

[#-- Rich text ready to print raw, as {html, problem, length}: problem is "" (fine), "tooLarge" (html is "") or
     "notAllowed" (light module only: html is the text escaped). html = decoded rich text; linker = a chemofn linker
     that cleans and links in one pass, or "" for none. --]
[#function prepare html linker=""]
  [#local source = html!""]
  [#if !source?has_content]
    [#return {"html": "", "problem": "", "length": 0}]
  [/#if]
  [#if source?length > maxLength]
    [#return {"html": "", "problem": "tooLarge", "length": source?length}]
  [/#if]
  [#if linker?is_hash]
    [#return {"html": linker.link(source), "problem": "", "length": source?length}]
  [/#if]
  [#if chemofn??]
    [#return {"html": chemofn.sanitize(source), "problem": "", "length": source?length}]
  [/#if]
  [#if isAllowed(source)]
    [#return {"html": source, "problem": "", "length": source?length}]
  [/#if]
  [#return {"html": source?html, "problem": "notAllowed", "length": source?length}]
[/#function]

[#-- Editor alerts for a prepared rich text (nothing on public pages). --]
[#macro alerts text]
  [#-- RENDERING --]
  [#if text.problem == "tooLarge"]
    [@editorAlert.alert message=i18n.get('chemo.editor.richTextTooLarge', [text.length?c, maxLength?c]) /]
  [#elseif text.problem == "notAllowed"]
    [@editorAlert.alert message=i18n['chemo.editor.richTextNotAllowed'] /]
  [/#if]
[/#macro]
