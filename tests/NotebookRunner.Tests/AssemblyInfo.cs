// Each test starts real kernels (a process each, about a second to start and a few hundred MB); on the 2 cores CI has,
// running them side by side only makes each slower and the cell time limits less meaningful.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
