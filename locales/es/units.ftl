## Duraciones: `n` es el número de unidades.
## En español, «many» corresponde a los millones redondos (1 000 000); se escribe igual que «other».

duration-hours = { PLURAL($n) ->
    [one] { $n } hora
    [many] { $n } horas
   *[other] { $n } horas
}
duration-days = { PLURAL($n) ->
    [one] { $n } día
    [many] { $n } días
   *[other] { $n } días
}
duration-weeks = { PLURAL($n) ->
    [one] { $n } semana
    [many] { $n } semanas
   *[other] { $n } semanas
}
duration-months = { PLURAL($n) ->
    [one] { $n } mes
    [many] { $n } meses
   *[other] { $n } meses
}
duration-years = { PLURAL($n) ->
    [one] { $n } año
    [many] { $n } años
   *[other] { $n } años
}
