## Tijdsduren: `n` is het aantal eenheden. Na een getal blijven „uur” en „jaar” enkelvoud.

duration-hours = { PLURAL($n) ->
    [one] { $n } uur
   *[other] { $n } uur
}
duration-days = { PLURAL($n) ->
    [one] { $n } dag
   *[other] { $n } dagen
}
duration-weeks = { PLURAL($n) ->
    [one] { $n } week
   *[other] { $n } weken
}
duration-months = { PLURAL($n) ->
    [one] { $n } maand
   *[other] { $n } maanden
}
duration-years = { PLURAL($n) ->
    [one] { $n } jaar
   *[other] { $n } jaar
}
