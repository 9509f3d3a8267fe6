<@m.narrative "priorities"/>
