## Durations: `n` is the number of units.

duration-hours = { PLURAL($n) ->
    [one] { $n } godzina
    [few] { $n } godziny
    [many] { $n } godzin
   *[other] { $n } godziny
}
duration-days = { PLURAL($n) ->
    [one] { $n } dzień
    [few] { $n } dni
    [many] { $n } dni
   *[other] { $n } dnia
}
duration-weeks = { PLURAL($n) ->
    [one] { $n } tydzień
    [few] { $n } tygodnie
    [many] { $n } tygodni
   *[other] { $n } tygodnia
}
duration-months = { PLURAL($n) ->
    [one] { $n } miesiąc
    [few] { $n } miesiące
    [many] { $n } miesięcy
   *[other] { $n } miesiąca
}
duration-years = { PLURAL($n) ->
    [one] { $n } rok
    [few] { $n } lata
    [many] { $n } lat
   *[other] { $n } roku
}
