## Durées : `n` est le nombre d’unités.
## En français, la catégorie « one » couvre 0 et 1 ; « many » sert aux grands nombres ronds (1 000 000).

duration-hours = { PLURAL($n) ->
    [one] { $n } heure
    [many] { $n } heures
   *[other] { $n } heures
}
duration-days = { PLURAL($n) ->
    [one] { $n } jour
    [many] { $n } jours
   *[other] { $n } jours
}
duration-weeks = { PLURAL($n) ->
    [one] { $n } semaine
    [many] { $n } semaines
   *[other] { $n } semaines
}
duration-months = { PLURAL($n) ->
    [one] { $n } mois
    [many] { $n } mois
   *[other] { $n } mois
}
duration-years = { PLURAL($n) ->
    [one] { $n } an
    [many] { $n } ans
   *[other] { $n } ans
}
