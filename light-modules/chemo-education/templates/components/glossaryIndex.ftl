[#-- The A–Z index of all glossary terms with letter jump links; expects: content = glossaryIndex component (optional "heading"); terms from the chemoGlossary workspace.
     data-glossary="off": definitions are never glossified (no pop-ups inside the glossary itself). --]
[#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert]
[#import "/chemo-education/templates/macros/glossary.ftl" as glossary]

[#-- ASSIGNMENTS --]
[#assign heading = content.heading!""]
[#if !heading?has_content]
  [#assign heading = i18n['chemo.glossaryIndex.heading']?html]
[/#if]
[#assign lettersLabel = i18n['chemo.glossaryIndex.letters']?html]
[#assign otherLetter = i18n['chemo.glossaryIndex.otherLetter']?html]
[#assign backToLetters = i18n['chemo.glossaryIndex.backToLetters']?html]
[#assign headingId = "chemo-glossary-heading-" + content.@id]
[#assign terms = glossary.allTerms()]
[#-- Accented capitals are filed under their base letter; Ñ keeps its own letter, as in Spanish dictionaries. --]
[#assign fold = {"Á": "A", "À": "A", "Â": "A", "Ä": "A", "Ã": "A", "Å": "A", "Ç": "C", "É": "E", "È": "E", "Ê": "E", "Ë": "E",
  "Í": "I", "Ì": "I", "Î": "I", "Ï": "I", "Ó": "O", "Ò": "O", "Ô": "O", "Ö": "O", "Õ": "O", "Ú": "U", "Ù": "U", "Û": "U", "Ü": "U"}]
[#assign groups = {}]
[#list terms as term]
  [#assign first = (cmsfn.decode(term).term!"")?trim?upper_case]
  [#assign letter = "#"]
  [#if first?has_content]
    [#assign letter = fold[first[0]]!first[0]]
  [/#if]
  [#if !letter?matches("[A-Z]|Ñ")]
    [#assign letter = "#"]
  [/#if]
  [#assign groups = groups + {letter: (groups[letter]![]) + [term]}]
[/#list]
[#assign alphabet = []]
[#list ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"] as base]
  [#assign alphabet = alphabet + [base]]
  [#if base == "N" && groups["Ñ"]??]
    [#assign alphabet = alphabet + ["Ñ"]]
  [/#if]
[/#list]
[#if groups["#"]??]
  [#assign alphabet = alphabet + ["#"]]
[/#if]
[#-- Ids stay ASCII: Ñ gets a name of its own. --]
[#assign letterIds = {"#": "other", "Ñ": "N-tilde"}]
[#assign letters = []]
[#list alphabet as letter]
  [#assign letters = letters + [{"text": (letter == "#")?then(otherLetter, letter), "id": "chemo-letter-" + (letterIds[letter]!letter), "terms": groups[letter]![]}]]
[/#list]
[#assign navId = "chemo-glossary-letters-" + content.@id]

[#-- RENDERING --]
[#if !terms?has_content]
  [@editorAlert.alert message=i18n['chemo.editor.glossaryEmpty'] /]
[#else]
<section class="chemo-glossary-index" aria-labelledby="${headingId}" data-glossary="off">
  <h1 class="chemo-glossary-index__heading" id="${headingId}">${heading}</h1>
  <nav class="chemo-glossary-nav" id="${navId}" aria-label="${lettersLabel}">
    <ul class="chemo-glossary-nav__list">
  [#list letters as letter]
    [#if letter.terms?has_content]
      <li class="chemo-glossary-nav__item"><a class="chemo-glossary-nav__link" href="#${letter.id}">${letter.text}</a></li>
    [#else]
      <li class="chemo-glossary-nav__item chemo-glossary-nav__item--empty" aria-hidden="true"><span class="chemo-glossary-nav__letter">${letter.text}</span></li>
    [/#if]
  [/#list]
    </ul>
  </nav>
  [#list letters as letter]
    [#if letter.terms?has_content]
  <section class="chemo-glossary__group" aria-labelledby="${letter.id}">
    <h2 class="chemo-glossary__letter" id="${letter.id}">${letter.text}</h2>
    <dl class="chemo-glossary">
      [#list letter.terms as term]
      <div class="chemo-glossary__entry">
        <dt class="chemo-glossary__term" id="${glossary.anchor(term)}"><dfn class="chemo-glossary__name">${term.term}</dfn>
          [@glossary.pronunciation term=term block="chemo-glossary" /]
        </dt>
        <dd class="chemo-glossary__definition">
          <p class="chemo-glossary__text">${term.definition}</p>
          [@glossary.variants term=term block="chemo-glossary" /]
          [@glossary.seeAlso term=term block="chemo-glossary" /]
        </dd>
      </div>
      [/#list]
    </dl>
    <p class="chemo-glossary__back"><a class="chemo-glossary__back-link" href="#${navId}">${backToLetters}</a></p>
  </section>
    [/#if]
  [/#list]
</section>
[/#if]
