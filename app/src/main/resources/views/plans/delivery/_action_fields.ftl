<@f.textarea name="action" label="Action" value=form.action!"" rows=2 errors=errors/>
<@f.input name="owner" label="Owner" value=form.owner!"" errors=errors/>
<@f.input name="due_on" label="Due date" type="date" value=form.due_on!"" width="10" hint="For example 2026-03-31" errors=errors/>
<@f.select name="rag" label="RAG status" options={"not_started": "Not started", "green": "Green: on track", "amber": "Amber: at risk", "red": "Red: off track", "complete": "Complete"} value=form.rag!"not_started" errors=errors/>
<@f.textarea name="success_measure" label="What success will look like" value=form.success_measure!"" rows=2 errors=errors/>
<@f.textarea name="progress" label="Progress (optional)" value=form.progress!"" rows=2 errors=errors/>
<#if risks?has_content>
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Linked risks</legend>
<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
<#list risks as r><div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="risk-${r.id()}" name="risk_${r.id()}" type="checkbox" value="true"<#if form["risk_" + r.id()]??> checked</#if>><label class="govuk-label govuk-checkboxes__label" for="risk-${r.id()}">${r.ref()} ${r.title()} (${r.band()})</label></div></#list>
</div></fieldset></div>
</#if>
