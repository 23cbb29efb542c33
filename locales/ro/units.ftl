## Durate: `n` este numărul de unități.

duration-hours = { PLURAL($n) ->
    [one] { $n } oră
    [few] { $n } ore
   *[other] { $n } de ore
}
duration-days = { PLURAL($n) ->
    [one] { $n } zi
    [few] { $n } zile
   *[other] { $n } de zile
}
duration-weeks = { PLURAL($n) ->
    [one] { $n } săptămână
    [few] { $n } săptămâni
   *[other] { $n } de săptămâni
}
duration-months = { PLURAL($n) ->
    [one] { $n } lună
    [few] { $n } luni
   *[other] { $n } de luni
}
duration-years = { PLURAL($n) ->
    [one] { $n } an
    [few] { $n } ani
   *[other] { $n } de ani
}
