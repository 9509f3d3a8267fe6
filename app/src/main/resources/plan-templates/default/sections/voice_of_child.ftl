<@m.narrative "voice_of_child"/>
