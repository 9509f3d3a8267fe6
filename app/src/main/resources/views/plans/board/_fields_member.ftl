<@f.input name="name" label="Name" value=form.name!"" errors=errors/>
<@f.input name="role_title" label="Role" value=form.role_title!"" errors=errors/>
<@f.input name="agency" label="Agency" value=form.agency!"" errors=errors/>
<@f.select name="partner" label="Partner represented" options={"local_authority": "Local authority", "police": "Police", "probation": "Probation", "health": "Health", "education": "Education", "other": "Other"} value=form.partner!"local_authority" errors=errors/>
<@f.input name="champion" label="Champion for (optional)" value=form.champion!"" hint="For example public protection, safeguarding, reoffending, health, education" errors=errors/>
<@f.checkbox name="statutory" label="Statutory partner" checked=(form.statutory!"") == "true"/>
<@f.checkbox name="chair" label="Chair of the board" checked=(form.chair!"") == "true"/>
