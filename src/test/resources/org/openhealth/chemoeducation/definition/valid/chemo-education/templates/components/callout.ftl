[#-- A call-out box; expects: content = the component --]
<div class="chemo-callout">${content.heading!}</div>
