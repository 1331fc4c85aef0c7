[#-- An editor-only notice about missing or broken content (nothing on public pages); expects: message = plain, unescaped text --]
[#-- Usage: [#import "/chemo-education/templates/macros/editorAlert.ftl" as editorAlert] [@editorAlert.alert message=i18n['chemo.editor.glossaryEmpty'] /] --]

[#macro alert message]
  [#-- RENDERING --]
  [#if cmsfn.isEditMode()]
<div class="chemo-editor-alert" role="status">${message?html}</div>
  [/#if]
[/#macro]
