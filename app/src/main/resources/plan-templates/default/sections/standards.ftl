<@m.narrative "standards"/>
