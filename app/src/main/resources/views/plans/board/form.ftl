<#import "../../_layout/page.ftl" as layout>
<#import "../_fields.ftl" as f>
<@layout.page title="Change a board member">
<a href="/plans/board-members" class="govuk-back-link">Management board</a>
<h1 class="govuk-heading-l">Change a board member</h1>
<@layout.errorSummary errors/>
<form method="post" action="/plans/board-members/${memberId}" novalidate>
  <@f.csrf/>
  <input type="hidden" name="version" value="${form.version!""}">
  <#include "_fields_member.ftl">
  <@f.button "Save"/>
</form>
<form method="post" action="/plans/board-members/${memberId}/remove">
  <@f.csrf/>
  <@f.button "Remove from the board" false true/>
</form>
</@layout.page>
