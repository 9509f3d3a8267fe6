<@m.narrative "board_development"/>
