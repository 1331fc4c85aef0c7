[#-- One glossary term with pronunciation, definition, other names and see-also links; expects: content = glossaryTerm component ("term" = chemoGlossary id) --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/glossary.ftl" as glossary]

[#-- ASSIGNMENTS --]
[#assign termId = content.term!""]
[#assign term = ""]
[#if termId?has_content]
  [#assign term = cmsfn.contentById(termId, "chemoGlossary")!]
[/#if]
[#assign complete = glossary.isComplete(term)]
[#if complete]
  [#assign headingId = "chemo-term-" + content.@id]
  [#assign glossaryUrl = glossary.glossaryPageUrl()]
[/#if]

[#-- RENDERING --]
[#if !termId?has_content]
  [@editorAlert.alert message=i18n['chemo.editor.glossaryTerm.noTerm'] /]
[#elseif !term?has_content]
  [@editorAlert.alert message=i18n.get('chemo.editor.termMissing', [termId]) /]
[#elseif !complete]
  [@editorAlert.alert message=i18n.get('chemo.editor.termIncomplete', [cmsfn.decode(term).term!term.@name]) /]
[#else]
<section class="chemo-term" aria-labelledby="${headingId}">
  <h2 class="chemo-term__heading" id="${headingId}"><dfn class="chemo-term__name">${term.term}</dfn></h2>
  [#if (term.pronunciation!"")?has_content]
  <p class="chemo-term__pronunciation-line">[@glossary.pronunciation term=term block="chemo-term" /]</p>
  [/#if]
  <p class="chemo-term__definition">${term.definition}</p>
  [@glossary.variants term=term block="chemo-term" /]
  [@glossary.seeAlso term=term block="chemo-term" baseUrl=glossaryUrl linked=glossaryUrl?has_content /]
</section>
[/#if]
