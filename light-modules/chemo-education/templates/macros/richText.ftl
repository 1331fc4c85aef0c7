[#-- Rich text made safe to print raw. With the module's jar (chemofn) it is cleaned in Java (jsoup) by
     org.openhealth.chemoeducation.module.safety.RichTextSanitizer; without Java (light module only) it is cleaned
     here to the same allow-list: a tokenizer reads the markup, rebuilds every allowed tag with its allowed attributes
     only (values re-escaped), drops every other tag and keeps its text, removes scripts, styles, embedded content,
     images, form fields and struck-through text with their content, and turns any "<" that starts no tag into text.
     Text longer than maxLength is not shown to readers. expects: cmsfn, i18n; chemofn when the jar is installed --]
[#-- Usage: [#import "/chemo-education/templates/macros/richText.ftl" as richText]
     [#assign body = richText.prepare(cmsfn.decode(section).body!"")]  (or prepare(html, linker): chemofn's linker cleans and links)
     ${body.html} [@richText.alerts text=body /] --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]

[#-- The longest rich text (characters) that is rendered: 512 KB. --]
[#assign maxLength = 524288]

[#-- The deepest nesting of elements written (as jsoup's parser): keeps every step of the tokenizer bounded. --]
[#assign maxDepth = 512]

[#-- The allow-list (RichTextSanitizer's): each kept element with a one-character code for the stack of open
     elements; "" for the void elements br and hr. Attributes: a[href title], abbr[title], th/td[colspan rowspan
     scope] (keptAttributes). --]
[#assign keptTags = {"p": "p", "div": "d", "ul": "u", "ol": "o", "li": "l", "h2": "2", "h3": "3", "h4": "4", "h5": "5",
  "h6": "6", "blockquote": "q", "table": "T", "thead": "H", "tbody": "Y", "tr": "R", "th": "h", "td": "D",
  "strong": "S", "em": "E", "b": "B", "i": "I", "u": "U", "sub": "_", "sup": "^", "span": "s", "a": "a", "abbr": "A",
  "br": "", "hr": ""}]
[#assign tagOfCode = {"p": "p", "d": "div", "u": "ul", "o": "ol", "l": "li", "2": "h2", "3": "h3", "4": "h4", "5": "h5",
  "6": "h6", "q": "blockquote", "T": "table", "H": "thead", "Y": "tbody", "R": "tr", "h": "th", "D": "td",
  "S": "strong", "E": "em", "B": "b", "I": "i", "U": "u", "_": "sub", "^": "sup", "s": "span", "a": "a", "A": "abbr"}]

[#-- Elements shown as an allowed one (RichTextSanitizer.RENAMED): h1 as h2 (the page has its h1, the article title),
     and block containers CKEditor or pasted text bring (pre and address from the format list, figure and figcaption
     around images and tables) as div, so their text stays on a line of its own. --]
[#assign renamed = {"h1": "h2", "address": "div", "article": "div", "aside": "div", "caption": "div", "center": "div",
  "dd": "div", "details": "div", "dl": "div", "dt": "div", "fieldset": "div", "figcaption": "div", "figure": "div",
  "footer": "div", "form": "div", "header": "div", "hgroup": "div", "legend": "div", "main": "div", "nav": "div",
  "pre": "div", "search": "div", "section": "div", "summary": "div"}]

[#-- Elements removed together with their content (RichTextSanitizer.REMOVED_WITH_CONTENT): code, styles, embedded
     content, form fields, and struck-through text (s, strike, del: text an editor marked as no longer true must not
     reach patients, neither struck through, which screen readers do not announce, nor as plain text). The content runs
     to the first end tag of the same name, or to the end of the text. (noscript is not on the list: parsers disagree
     on what it holds, so it is dropped like any other tag and its text kept.) --]
[#assign removedWithContent = "script|style|template|noembed|noframes|iframe|object|applet|canvas|audio|video"
  + "|picture|map|select|datalist|textarea|button|title|xmp|plaintext|s|strike|del"]
[#-- SVG and MathML are removed too; as in HTML parsers, their content also ends where one of these tags starts. --]
[#assign foreignBreakout = "b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|embed|h[1-6]|head|hr|i|img|li"
  + "|listing|menu|meta|nobr|ol|p|pre|ruby|s|small|span|strike|strong|sub|sup|table|tt|u|ul|var"]
[#-- Void elements that are removed, and whose removal editors are told about (images, embeds, form fields, ...). --]
[#assign removedVoid = {"img": true, "image": true, "input": true, "embed": true, "source": true, "track": true,
  "param": true, "area": true, "meta": true, "link": true, "base": true, "keygen": true, "frame": true}]
[#-- Start tags that close an open p, as HTML parsers do (so the rebuilt markup nests as browsers would read the
     original). Allowed or not: a removed <h1> still ends the paragraph before it. --]
[#assign closesParagraph = {"address": true, "article": true, "aside": true, "blockquote": true, "center": true,
  "details": true, "dialog": true, "dir": true, "div": true, "dl": true, "fieldset": true, "figcaption": true,
  "figure": true, "footer": true, "header": true, "hgroup": true, "main": true, "menu": true, "nav": true, "ol": true,
  "p": true, "search": true, "section": true, "summary": true, "ul": true, "h1": true, "h2": true, "h3": true,
  "h4": true, "h5": true, "h6": true, "pre": true, "listing": true, "form": true, "li": true, "dd": true, "dt": true,
  "table": true, "hr": true, "xmp": true, "plaintext": true}]

[#-- The attributes read of one tag (as jsoup's parser: the rest are ignored), and those kept, as
     "element attribute". --]
[#assign maxAttributes = 512]
[#assign keptAttributes = {"a href": true, "a title": true, "abbr title": true, "th colspan": true,
  "th rowspan": true, "th scope": true, "td colspan": true, "td rowspan": true, "td scope": true}]

[#-- One token of the markup, in this order (\x22 is ", \x27 is '):
     text without "<"; a comment (to "-->" or the end); "<!", "<?" or "</" + non-letter up to ">" (doctype, CDATA,
     processing instruction: browsers read these as comments); an element removed with its content (group 1: name;
     group 2 for svg and math); a start tag (group 3: name, group 4: attributes); an end tag (group 5: name); a tag
     that never ends (browsers drop the rest of the text, and so do we); any other "<", which is text. Inside a tag a
     quote after "=" starts a value that may hold ">". Repeats are possessive or lazy, which Java runs without
     backtracking or deep recursion. --]
[#assign tagEnd = r"(?=[\t\n\f\r />])"]
[#assign inTag = r"(?:[^>\x22\x27=]++|=[\t\n\f\r ]*+(?:\x22[^\x22]*+\x22|\x27[^\x27]*+\x27|(?![\x22\x27]))"
  + r"|[\x22\x27])*+"]
[#assign token = r"(?i)[^<]++"
  + r"|<!--(?:-?>|[\s\S]*?(?:--!?>|\z))"
  + r"|<(?:[!?]|/(?![a-z]))[^>]*+>?"
  + r"|<(" + removedWithContent + r")" + tagEnd + inTag + r">[\s\S]*?(?:</\1" + tagEnd + inTag + r">|\z)"
  + r"|<(svg|math)" + tagEnd + inTag + r">[\s\S]*?(?:</\2" + tagEnd + inTag + r">|(?=<(?:" + foreignBreakout + r")"
  + tagEnd + r")|\z)"
  + r"|<([a-z][^\t\n\f\r />]*+)(" + inTag + r")>"
  + r"|</([a-z][^\t\n\f\r />]*+)" + inTag + r">"
  + r"|<[a-z/][\s\S]*+"
  + r"|<"]
[#-- One attribute inside a start tag (group 1: name; value in group 2, 3 or 4: double-, single- or unquoted). --]
[#assign attribute = r"([^\t\n\f\r />][^\t\n\f\r />=]*+)(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+"
  + r"(?:\x22([^\x22]*+)\x22|\x27([^\x27]*+)\x27|([^\t\n\f\r >]++)))?"]
[#-- A link target is kept when it follows org.openhealth.chemoeducation.module.safety.SafeUrls.isRichTextLink (cases:
     src/test/resources/org/openhealth/chemoeducation/rules/url-cases.csv): http://, https://, mailto: or tel: (any
     case) and at least one more character, or no scheme at all (no ":" before the first "/", "?" or "#"); no space,
     control character, quote, < or > anywhere. The rule reads the decoded target; here the value is read as written
     with &amp; as "&", and a value holding any other character reference (&#106; &colon; ...) loses its target,
     since a browser would decode it first. --]
[#assign richTextLink = r"(?i)(?:https?://|mailto:|tel:)[^\x00-\x20\x22\x27<>\x7f]++"
  + r"|[^\x00-\x20\x22\x27<>\x7f:/?#]*+(?:[/?#][^\x00-\x20\x22\x27<>\x7f]*+)?"]
[#assign characterReference = r"(?is).*?&(?!amp;)(?:#|[a-z][a-z0-9]*+;).*"]

[#-- Rich text ready to print raw, as {html, length, problem, contentRemoved, linkRemoved, alert}: problem is ""
     (fine) or "tooLarge" (html is ""); contentRemoved: elements were removed with their content; linkRemoved: a link
     lost its target; alert: editors get an alert. html = decoded rich text; linker = a chemofn linker that cleans and
     links in one pass, or "" for none. --]
[#function prepare html linker=""]
  [#local source = html!""]
  [#if !source?has_content]
    [#return {"html": "", "length": 0, "problem": "", "contentRemoved": false, "linkRemoved": false, "alert": false}]
  [/#if]
  [#if source?length > maxLength]
    [#return {"html": "", "length": source?length, "problem": "tooLarge", "contentRemoved": false,
        "linkRemoved": false, "alert": true}]
  [/#if]
  [#if linker?is_hash]
    [#return cleanedInJava(linker.richText(source), source?length)]
  [/#if]
  [#if chemofn??]
    [#return cleanedInJava(chemofn.richText(source), source?length)]
  [/#if]
  [#local cleanHtml][@sanitized html=source /][/#local]
  [#return {"html": cleanHtml, "length": source?length, "problem": "", "contentRemoved": sanitizedContentRemoved,
      "linkRemoved": sanitizedLinkRemoved, "alert": sanitizedContentRemoved || sanitizedLinkRemoved}]
[/#function]

[#-- prepare's result for rich text cleaned in Java (RichTextSanitizer.Cleaned). --]
[#function cleanedInJava cleaned length]
  [#return {"html": cleaned.html(), "length": length, "problem": "", "contentRemoved": cleaned.contentRemoved(),
      "linkRemoved": cleaned.linkRemoved(), "alert": cleaned.contentRemoved() || cleaned.linkRemoved()}]
[/#function]

[#-- Writes the rich text cleaned to the allow-list; sets sanitizedContentRemoved and sanitizedLinkRemoved. Open
     elements are kept on a stack (a string of element codes): an end tag closes the elements opened after its own, an
     end tag of an element that is not open is dropped, and everything still open is closed at the end, so the text
     can never close or leave open the page's own elements. --]
[#macro sanitized html]
  [#local stack = ""]
  [#local contentRemoved = false]
  [#local linkRemoved = false]
  [#list html?matches(token) as part]
    [#if !part?starts_with("<")]
${part}[#t]
    [#else]
      [#local groups = part?groups]
      [#if groups[3]??]
        [#local name = groups[3]?lower_case]
        [#local name = renamed[name]!name]
        [#local code = keptTags[name]!""]
        [#if closesParagraph[name]?? && stack?contains("p")]
          [#local at = stack?last_index_of("p")]
          [#local above = stack[at..]]
          [#if !(above?contains("T") || above?contains("h") || above?contains("D"))]
            [@close stack at /]
            [#local stack = stack[0..<at]]
          [/#if]
        [/#if]
        [#if code == "l" && stack?contains("l")]
          [#local at = stack?last_index_of("l")]
          [#if stack[at + 1..]?matches("[pdSEBIU_^saA]*")]
            [@close stack at /]
            [#local stack = stack[0..<at]]
          [/#if]
        [#elseif code?matches("[2-6]") && stack?has_content && "23456"?contains(stack[stack?length - 1])]
          [@close stack stack?length - 1 /]
          [#local stack = stack[0..<stack?length - 1]]
        [#elseif code == "a" && stack?contains("a")]
          [#local at = stack?last_index_of("a")]
          [@close stack at /]
          [#local stack = stack[0..<at]]
        [/#if]
        [#if code?has_content && stack?length gte maxDepth]
          [#-- as deep as jsoup nests: the innermost element ends, so the new one opens next to it --]
          [@close stack stack?length - 1 /]
          [#local stack = stack[0..<stack?length - 1]]
        [/#if]
        [#if !keptTags[name]??]
          [#if removedVoid[name]??]
            [#local contentRemoved = true]
          [/#if]
        [#elseif name == "a" || name == "abbr" || name == "th" || name == "td"]
          [#local rebuilt = attributes(name, groups[4])]
          [#if rebuilt.linkRemoved]
            [#local linkRemoved = true]
          [/#if]
<${name}${rebuilt.text}>[#t]
          [#local stack = stack + code]
        [#else]
<${name}>[#t]
          [#local stack = stack + code]
        [/#if]
      [#elseif groups[5]??]
        [#local name = groups[5]?lower_case]
        [#local name = renamed[name]!name]
        [#local code = keptTags[name]!""]
        [#if code?has_content && stack?ends_with(code)]
</${name}>[#t]
          [#local stack = stack[0..<stack?length - 1]]
        [#elseif code?has_content && stack?contains(code)]
          [#local at = stack?last_index_of(code)]
          [@close stack at /]
          [#local stack = stack[0..<at]]
        [#elseif name == "br"]
<br>[#t]
        [#elseif name == "p"]
          [#-- as browsers do: an end tag of a paragraph that is not open makes an empty one --]
<p></p>[#t]
        [/#if]
      [#elseif groups[1]?? || groups[2]??]
        [#local contentRemoved = true]
        [#local name = (groups[1]!"")?lower_case]
        [#if closesParagraph[name]?? && stack?contains("p")]
          [#local at = stack?last_index_of("p")]
          [#local above = stack[at..]]
          [#if !(above?contains("T") || above?contains("h") || above?contains("D"))]
            [@close stack at /]
            [#local stack = stack[0..<at]]
          [/#if]
        [/#if]
      [#elseif part == "<"]
&lt;[#t]
      [/#if]
    [/#if]
  [/#list]
  [#if stack?has_content]
    [@close stack 0 /]
  [/#if]
  [#assign sanitizedContentRemoved = contentRemoved]
  [#assign sanitizedLinkRemoved = linkRemoved]
[/#macro]

[#-- Writes the end tags of the open elements stack[from..], innermost first. --]
[#macro close stack from]
  [#list stack?length - 1..from as index]
</${tagOfCode[stack[index]]}>[#t]
  [/#list]
[/#macro]

[#-- The allowed attributes of a start tag of a, abbr, th or td, rebuilt as {text, linkRemoved}: text is
     ' name="value"' for each kept attribute (the first of each name, among the first maxAttributes), values escaped
     for a double-quoted attribute (their character references stay as written, so they mean what they meant).
     linkRemoved: an href was dropped. --]
[#function attributes name source]
  [#local text = ""]
  [#local seen = "|"]
  [#local linkRemoved = false]
  [#list source?matches(attribute) as found]
    [#if found?index == maxAttributes]
      [#break]
    [/#if]
    [#local groups = found?groups]
    [#local key = groups[1]?lower_case]
    [#if (keptAttributes[name + " " + key])?? && !seen?contains("|" + key + "|")]
      [#local seen = seen + key + "|"]
      [#local value = groups[2]!(groups[3]!(groups[4]!""))]
      [#if key == "title"]
        [#local text = text + ' title="' + escapeAttribute(value) + '"']
      [#elseif key == "href"]
        [#if safeLink(value)]
          [#local text = text + ' href="' + escapeAttribute(value) + '"']
        [#else]
          [#local linkRemoved = true]
        [/#if]
      [#elseif key == "colspan" || key == "rowspan"]
        [#if value?trim?matches("[0-9]{1,3}")]
          [#local text = text + ' ' + key + '="' + value?trim + '"']
        [/#if]
      [#else]
        [#if value?trim?lower_case?matches("row|col|rowgroup|colgroup")]
          [#local text = text + ' scope="' + value?trim?lower_case + '"']
        [/#if]
      [/#if]
    [/#if]
  [/#list]
  [#return {"text": text, "linkRemoved": linkRemoved}]
[/#function]

[#-- Whether a link target (an attribute value as written) is kept: see richTextLink. An internal link Magnolia did
     not turn into an address (${link:{uuid:...}}) is never kept: it has a ":" and no allowed scheme. --]
[#function safeLink value]
  [#return !value?matches(characterReference) && value?replace("&amp;", "&", "i")?matches(richTextLink)]
[/#function]

[#-- An attribute value as written, with the characters that could end a double-quoted value or start a tag escaped. --]
[#function escapeAttribute value]
  [#return value?replace('"', "&quot;")?replace("<", "&lt;")?replace(">", "&gt;")]
[/#function]

[#-- Editor alerts for a prepared rich text (nothing on public pages). --]
[#macro alerts text]
  [#-- RENDERING --]
  [#if text.problem == "tooLarge"]
    [@editorAlert.alert message=i18n.get('chemo.editor.richTextTooLarge', [text.length?c, maxLength?c]) /]
  [/#if]
  [#if text.contentRemoved]
    [@editorAlert.alert message=i18n['chemo.editor.richTextContentRemoved'] /]
  [/#if]
  [#if text.linkRemoved]
    [@editorAlert.alert message=i18n['chemo.editor.richTextLinkRemoved'] /]
  [/#if]
[/#macro]
