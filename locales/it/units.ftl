## Durate: `n` è il numero di unità.
## In italiano si dice «1.000.000 di giorni»: la categoria `many` (milioni tondi) vuole «di».

duration-hours = { PLURAL($n) ->
    [one] { $n } ora
    [many] { $n } di ore
   *[other] { $n } ore
}
duration-days = { PLURAL($n) ->
    [one] { $n } giorno
    [many] { $n } di giorni
   *[other] { $n } giorni
}
duration-weeks = { PLURAL($n) ->
    [one] { $n } settimana
    [many] { $n } di settimane
   *[other] { $n } settimane
}
duration-months = { PLURAL($n) ->
    [one] { $n } mese
    [many] { $n } di mesi
   *[other] { $n } mesi
}
duration-years = { PLURAL($n) ->
    [one] { $n } anno
    [many] { $n } di anni
   *[other] { $n } anni
}
