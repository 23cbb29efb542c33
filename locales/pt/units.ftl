## Durations: `n` is the number of units.

duration-hours = { PLURAL($n) ->
    [one] { $n } hora
    [many] { $n } horas
   *[other] { $n } horas
}
duration-days = { PLURAL($n) ->
    [one] { $n } dia
    [many] { $n } dias
   *[other] { $n } dias
}
duration-weeks = { PLURAL($n) ->
    [one] { $n } semana
    [many] { $n } semanas
   *[other] { $n } semanas
}
duration-months = { PLURAL($n) ->
    [one] { $n } mês
    [many] { $n } meses
   *[other] { $n } meses
}
duration-years = { PLURAL($n) ->
    [one] { $n } ano
    [many] { $n } anos
   *[other] { $n } anos
}
