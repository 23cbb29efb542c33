## Zeiträume: `n` ist die Anzahl der Einheiten.

duration-hours = { PLURAL($n) ->
    [one] { $n } Stunde
   *[other] { $n } Stunden
}
duration-days = { PLURAL($n) ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
duration-weeks = { PLURAL($n) ->
    [one] { $n } Woche
   *[other] { $n } Wochen
}
duration-months = { PLURAL($n) ->
    [one] { $n } Monat
   *[other] { $n } Monate
}
duration-years = { PLURAL($n) ->
    [one] { $n } Jahr
   *[other] { $n } Jahre
}
