// One system at a time: the durability run loads a two-core machine on purpose, and the status specs'
// waits (and the run's timings) should not depend on what the other collection happens to be doing.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
