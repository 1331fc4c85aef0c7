[#-- One glossary term with pronunciation, definition, other names and see-also links; expects: content = glossaryTerm component ("term" = chemoGlossary id).
     Block chemo-glossary-term, not chemo-term: chemo-term and chemo-term__definition are the inline terms chemofn marks in articles.
     data-glossary="off": definitions are never glossified (no pop-ups inside the glossary itself). --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/glossary.ftl" as glossary]
[#import "/chemo-education/templates/macros/reviewLine.ftl" as reviewLine]
[#import "/chemo-education/templates/macros/translation.ftl" as translation]
[#import "/chemo-education/templates/macros/values.ftl" as values]

[#-- ASSIGNMENTS --]
[#assign termId = content.term!""]
[#assign term = ""]
[#if termId?has_content]
  [#assign term = cmsfn.contentById(termId, "chemoGlossary")!]
[/#if]
[#assign complete = glossary.isComplete(term)]
[#-- The medical-content policy (this template's parameters, which include includes/medicalContentPolicy.yaml): a term
     whose review is overdue shows a notice ("warn") or is withheld from readers ("hide"). --]
[#assign policy = (def.parameters)!{}]
[#assign withheld = complete && reviewLine.isWithheld(term, policy)]
[#if complete]
  [#assign headingId = "chemo-glossary-term-" + content.@id]
  [#assign glossaryHref = glossary.glossaryPageHref()]
[/#if]

[#-- RENDERING --]
[#if !termId?has_content]
  [@editorAlert.alert message=i18n['chemo.editor.glossaryTerm.noTerm'] /]
[#elseif !term?has_content]
  [@editorAlert.alert message=i18n.get('chemo.editor.termMissing', [termId]) /]
[#elseif !complete]
  [@editorAlert.alert message=i18n.get('chemo.editor.termIncomplete', [glossary.storedName(term)?has_content?then(glossary.storedName(term), term.@name)]) /]
[#elseif withheld && !cmsfn.isEditMode()]
  [#-- review overdue under the "hide" policy: not shown to readers --]
[#else]
<section class="chemo-glossary-term" aria-labelledby="${headingId}" data-glossary="off">
  <h2 class="chemo-glossary-term__heading" id="${headingId}"><dfn class="chemo-glossary-term__name">${glossary.name(term)}</dfn></h2>
  [#if glossary.ownPronunciation(term)?has_content]
  <p class="chemo-glossary-term__pronunciation-line">[@glossary.pronunciation term=term block="chemo-glossary-term" /]</p>
  [/#if]
  <p class="chemo-glossary-term__definition">${glossary.definition(term)}</p>
  [@values.alert item=term properties=glossary.textProperties lists=glossary.listProperties /]
  [@glossary.variants term=term block="chemo-glossary-term" /]
  [@glossary.seeAlso term=term block="chemo-glossary-term" glossaryHref=glossaryHref /]
  [#if withheld]
  [@editorAlert.alert message=i18n['chemo.editor.termWithheld'] /]
  [/#if]
  [@reviewLine.line item=term parameters=policy cssClass="chemo-glossary-term__review" /]
  [@translation.alert item=term /]
</section>
[/#if]
