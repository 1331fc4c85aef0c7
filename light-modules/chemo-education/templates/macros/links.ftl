[#-- Link helpers for link blocks (related links, topic navigation), call-outs and sources; expects: cmsfn, i18n; everything else comes in as parameters --]
[#-- Usage: [#import "/chemo-education/templates/macros/links.ftl" as links]
     [#assign resolved = links.resolve(block, page.@id, page.article!"")] [@links.list items=resolved.items classPrefix="chemo-related" /]
     Every href returned here is ready to go into an attribute (HTML-escaped exactly once). --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/values.ftl" as values]

[#-- The most entries of one link block that are rendered; editors are told how many more there are. --]
[#assign maxLinks = 200]

[#-- The text properties of a link-block entry: an entry where one of them is wrongly shaped (values.wrongShapes: a
     list, a child node, a number) is hidden, and editors are told which. --]
[#assign linkProperties = ["label", "linkType", "url", "page", "article", "description"]]

[#-- The module's rule for links from content, word for word the Java regular expression
     org.openhealth.chemoeducation.module.safety.SafeUrls.PATTERN, which every URL field's regexpValidator in dialogs/
     and apps/ uses too: http://, https://, mailto: or tel: in any case, then no space, control character, quote, < or
     >; spaces and control characters around the address are ignored. Cases:
     src/test/resources/org/openhealth/chemoeducation/rules/url-cases.csv. --]
[#assign safeUrlPattern = r'(?i)^[\x00-\x20]*(?:https?://|mailto:|tel:)[^\x00-\x20\x22\x27<>\x7f]+[\x00-\x20]*$']

[#-- A URL patients may follow (web, e-mail, phone), trimmed, or "". Takes the stored (decoded) value, e.g.
     cmsfn.decode(content).linkUrl, and returns it unescaped: escape it once where it is printed (?html). --]
[#function safeUrl url]
  [#local candidate = url!""]
  [#if candidate?is_string && candidate?matches(safeUrlPattern)]
    [#return candidate?trim]
  [/#if]
  [#return ""]
[/#function]

[#-- A web address (http or https only: a form cannot be sent to mailto: or tel:), or "". Same input and output as
     safeUrl. --]
[#function webUrl url]
  [#local candidate = safeUrl(url)]
  [#if candidate?matches(r'(?i)https?://.*')]
    [#return candidate]
  [/#if]
  [#return ""]
[/#function]

[#-- The URL of a website page by identifier, or "" when the page does not exist. --]
[#function pageHref id]
  [#if !(id!"")?has_content]
    [#return ""]
  [/#if]
  [#local target = cmsfn.contentById(id, "website")!]
  [#if !target?has_content]
    [#return ""]
  [/#if]
  [#return (cmsfn.link(target)!"")?html]
[/#function]

[#-- Whether a text is a JCR identifier: a UUID, 8-4-4-4-12 hexadecimal digits in either case, nothing around it; as
     org.openhealth.chemoeducation.definition.Identifiers.PATTERN (cases:
     src/test/resources/org/openhealth/chemoeducation/rules/identifier-cases.csv). Only such a text may go into a
     query. --]
[#function isIdentifier id]
  [#return id?is_string && id?matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
[/#function]

[#-- The URL of the first website page that shows each article of ids, found with one query for all of them (a block
     has up to maxLinks entries: never a query per link): {articleId: escaped URL}. Only identifiers go into the
     query; an article no page shows has no entry. --]
[#function articlePages ids]
  [#local conditions = []]
  [#list ids as id]
    [#if isIdentifier(id!"") && !conditions?seq_contains("[article] = '" + id + "'")]
      [#local conditions = conditions + ["[article] = '" + id + "'"]]
    [/#if]
  [/#list]
  [#local hrefs = {}]
  [#if !conditions?has_content]
    [#return hrefs]
  [/#if]
  [#list cmsfn.search("website", "SELECT * FROM [mgnl:page] WHERE " + conditions?join(" OR "), "JCR-SQL2", "mgnl:page") as node]
    [#local page = cmsfn.asContentMap(node)]
    [#local shown = page.article!""]
    [#if shown?is_string && shown?has_content && !hrefs[shown]??]
      [#local hrefs = hrefs + {shown: (cmsfn.link(page)!"")?html}]
    [/#if]
  [/#list]
  [#return hrefs]
[/#function]

[#-- The URL of the first website page that shows an article (page property "article"), or "" when the article does not
     exist (a page may still point at a deleted one) or no page shows it; pages: articlePages of the block. --]
[#function articleHref id pages]
  [#if !isIdentifier(id!"") || !cmsfn.contentById(id, "chemoArticles")??]
    [#return ""]
  [/#if]
  [#return pages[id]!""]
[/#function]

[#-- The href of one link-block entry (ContentMap with linkType article|page|external), or "" when it cannot be
     resolved; pages: articlePages of the block. --]
[#function href link pages]
  [#local type = link.linkType!""]
  [#if type == "external"]
    [#return safeUrl(cmsfn.decode(link).url!"")?html]
  [#elseif type == "article"]
    [#return articleHref(link.article!"", pages)]
  [#elseif type == "page"]
    [#return pageHref(link.page!"")]
  [/#if]
  [#return ""]
[/#function]

[#-- The first maxLinks entries of a link block as {items, skipped, hidden}: items are {href, label, description,
     current}; skipped holds {label, reason, item, properties} of entries left out, for editors only (reason
     "wrongShape": the properties of the entry (item) that are wrongly shaped; "incomplete": no label, or no known link
     type; "unresolved": target missing or address not allowed); hidden is the number of entries after
     the first maxLinks, which are not even looked at. An entry is current when it points to the page currentPageId or
     to its article currentArticleId. --]
[#function resolve block currentPageId="" currentArticleId=""]
  [#local items = []]
  [#local skipped = []]
  [#local hidden = 0]
  [#if block?has_content && block.links?has_content && block.links?is_hash]
    [#local entries = cmsfn.children(block.links)]
    [#local hidden = [entries?size - maxLinks, 0]?max]
    [#local articleIds = []]
    [#list entries as link]
      [#if link?index == maxLinks]
        [#break]
      [/#if]
      [#if values.text(link.linkType!) == "article"]
        [#local articleIds = articleIds + [values.stored(link.article!)]]
      [/#if]
    [/#list]
    [#local pages = articlePages(articleIds)]
    [#list entries as link]
      [#if link?index == maxLinks]
        [#break]
      [/#if]
      [#local wrong = values.wrongShapes(link, linkProperties)]
      [#local label = values.text(link.label!)]
      [#local type = values.text(link.linkType!)]
      [#local editorLabel = values.stored(cmsfn.decode(link).label!)]
      [#if !editorLabel?has_content]
        [#local editorLabel = cmsfn.decode(link).@name]
      [/#if]
      [#if wrong?has_content]
        [#local skipped = skipped + [{"label": editorLabel, "reason": "wrongShape", "item": link, "properties": wrong}]]
      [#elseif !label?has_content || !["article", "page", "external"]?seq_contains(type)]
        [#local skipped = skipped + [{"label": editorLabel, "reason": "incomplete"}]]
      [#else]
        [#local url = href(link, pages)]
        [#if url?has_content]
          [#local current = (type == "page" && currentPageId?has_content && (link.page!"") == currentPageId)
              || (type == "article" && currentArticleId?has_content && (link.article!"") == currentArticleId)]
          [#local items = items + [{"href": url, "label": label, "description": values.text(link.description!),
              "current": current}]]
        [#else]
          [#local skipped = skipped + [{"label": editorLabel, "reason": "unresolved"}]]
        [/#if]
      [/#if]
    [/#list]
  [/#if]
  [#return {"items": items, "skipped": skipped, "hidden": hidden}]
[/#function]

[#-- A list of resolved link entries (from resolve). classPrefix is the component's BEM block, e.g. chemo-related. --]
[#macro list items classPrefix]
  [#-- RENDERING --]
  [#if items?has_content]
<ul class="${classPrefix}__list">
    [#list items as item]
  <li class="${classPrefix}__item[#if item.current] ${classPrefix}__item--current[/#if]">
    <a class="${classPrefix}__link" href="${item.href}"[#if item.current] aria-current="page"[/#if]>${item.label}</a>
      [#if item.description?has_content]
    <span class="${classPrefix}__description">${item.description}</span>
      [/#if]
  </li>
    [/#list]
</ul>
  [/#if]
[/#macro]

[#-- Editor alerts for the entries resolve() left out (resolved = its result) in link block blockTitle (decoded). --]
[#macro skippedAlerts resolved blockTitle]
  [#-- RENDERING --]
  [#list resolved.skipped as entry]
    [#if entry.reason == "wrongShape"]
    [@values.alert item=entry.item properties=entry.properties kind="link" /]
    [#elseif entry.reason == "incomplete"]
    [@editorAlert.alert message=i18n.get('chemo.editor.linkIncomplete', [entry.label]) /]
    [#else]
    [@editorAlert.alert message=i18n.get('chemo.editor.linkSkipped', [entry.label]) /]
    [/#if]
  [/#list]
  [#if resolved.hidden > 0]
    [@editorAlert.alert message=i18n.get('chemo.editor.linksNotShown', [resolved.hidden?c, blockTitle, maxLinks?c]) /]
  [/#if]
[/#macro]

[#-- The sources of an article or term as an ordered list; titles whose URL is not safe are shown without a link.
     expects: item = ContentMap with a "sources" child (entries with title, url); headingId for aria-labelledby. --]
[#macro sources item headingId]
  [#-- ASSIGNMENTS --]
  [#local entries = []]
  [#if item.sources?has_content && item.sources?is_hash]
    [#list cmsfn.children(item.sources) as source]
      [#local url = safeUrl(values.stored(cmsfn.decode(source).url!))?html]
      [#local title = values.text(source.title!)]
      [#if !title?has_content]
        [#local title = url]
      [/#if]
      [#if title?has_content]
        [#local entries = entries + [{"title": title, "href": url, "item": source}]]
      [/#if]
    [/#list]
  [/#if]
  [#local heading = i18n['chemo.sources.heading']?html]
  [#-- RENDERING --]
  [#if entries?has_content]
<section class="chemo-sources" aria-labelledby="${headingId}">
  <h2 class="chemo-sources__heading" id="${headingId}">${heading}</h2>
  <ol class="chemo-sources__list">
    [#list entries as entry]
    <li class="chemo-sources__item">[#if entry.href?has_content]<a class="chemo-sources__link" href="${entry.href}">${entry.title}</a>[#else]${entry.title}[/#if]</li>
    [/#list]
  </ol>
  [#list entries as entry]
  [@values.alert item=entry.item properties=["title", "url"] /]
  [/#list]
</section>
  [/#if]
[/#macro]
