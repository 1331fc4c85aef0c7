[#-- Tokens for the HTML ids, fragments and class names built from content; expects: cmsfn --]
[#-- Usage: [#import "/chemo-education/templates/macros/ids.ftl" as ids] [#assign sectionId = "chemo-section-" + ids.name(section)] --]

[#-- A decoded (not HTML-escaped) text with every character other than A-Z a-z 0-9 _ - replaced by "-", as
     org.openhealth.chemoeducation.module.safety.HtmlIds.token does in Java: safe in an id, a #fragment and a class
     name. --]
[#function token text]
  [#return (text!"")?replace("[^A-Za-z0-9_-]", "-", "r")]
[/#function]

[#-- The token of a node's name (ContentMap, escaped or decoded). --]
[#function name content]
  [#return token(cmsfn.decode(content).@name)]
[/#function]
