## Durations: `n` is the number of units.

duration-hours = { PLURAL($n) ->
    [one] { $n } hour
   *[other] { $n } hours
}
duration-days = { PLURAL($n) ->
    [one] { $n } day
   *[other] { $n } days
}
duration-weeks = { PLURAL($n) ->
    [one] { $n } week
   *[other] { $n } weeks
}
duration-months = { PLURAL($n) ->
    [one] { $n } month
   *[other] { $n } months
}
duration-years = { PLURAL($n) ->
    [one] { $n } year
   *[other] { $n } years
}
