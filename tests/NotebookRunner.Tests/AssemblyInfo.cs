// The runner redirects the process-wide console and working directory while a notebook runs,
// so tests of this assembly must not run in parallel.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
