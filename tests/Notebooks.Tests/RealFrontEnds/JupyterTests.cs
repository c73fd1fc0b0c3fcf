namespace Notebooks.Tests.RealFrontEnds;

/// <summary>
/// Every notebook, run by Jupyter (nbclient, from Debian's python3-nbclient) in the .NET (C#) kernel that
/// <c>dotnet interactive jupyter install</c> registers for the pinned tool, as a learner with a German computer who
/// wrote the whole neuron (solutions/MyNeuron.csx) runs it: no error, no compiler warning or info in any output (Jupyter
/// prints them as stderr text), every check of the learner's neuron ✔ (its verdict word for word the runner's), the outcome ✔, and every cell printing and
/// plotting exactly what the course's runner shows in the invariant culture: no decimal comma anywhere.
/// </summary>
public sealed class JupyterTests
{
    private const string Python = "/usr/bin/python3";

    // Executes a notebook as Jupyter's "Run All" does, in the notebook's folder, and saves it with its outputs.
    private const string Runner = """
        import sys, nbformat
        from nbclient import NotebookClient
        source, saved = sys.argv[1], sys.argv[2]
        notebook = nbformat.read(source, as_version=4)
        NotebookClient(notebook, kernel_name=".net-csharp", timeout=600, allow_errors=True,
                       resources={"metadata": {"path": "."}}).execute()
        nbformat.write(notebook, saved)
        """;

    // The kernel specs, installed once per test run into a folder of their own (JUPYTER_PATH), as a learner's
    // `dotnet interactive jupyter install` installs them into Jupyter's.
    private static readonly Lazy<Task<string>> KernelSpecs = new(InstallKernelSpecsAsync);

    public static TheoryData<string> Notebooks() => new(Course.NotebookFiles());

    [Theory, MemberData(nameof(Notebooks))]
    public async Task RunsInGermanWithTheSolvedNeuronPrintingWhatTheRunnerPrintsWithoutErrorsOrCompilerNoise(string file)
    {
        string jupyterPath = await KernelSpecs.Value;
        using var copy = CourseCopy.Create(Course.SolvedNeuron);
        string script = Path.Combine(copy.Root, "run.py"), saved = Path.Combine(copy.Root, "executed.ipynb");
        File.WriteAllText(script, Runner);

        var run = await FrontEndRun.RunAsync(Python, [script, file, saved], copy.Notebooks, saved, new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = jupyterPath,
            ["LANG"] = "de_DE.UTF-8",
            ["LC_ALL"] = "de_DE.UTF-8",
        });

        Assert.True(run.ExitCode == 0 && run.Errors.Count == 0,
            $"Jupyter ran {file} with exit code {run.ExitCode} and errors:\n{string.Join("\n", run.Errors)}\n{run.Log}");
        Assert.Empty(run.Diagnostics);
        Assert.StartsWith("✔", run.Outcome.Trim());
        var invariant = await Course.RunSolvedAsync(file);
        foreach (var cell in invariant.Result.Cells.Where(c => c.Language == "csharp"))
        {
            string id = cell.CellId!, expected = invariant.StreamText(id);
            Assert.True(expected == run.StreamText(id),
                $"{file}, cell {id}, prints other text in Jupyter in de-DE (a decimal comma?):\nrunner: {expected}\nJupyter: {run.StreamText(id)}");
            Assert.Equal(invariant.FigureJson(id), run.Figures(id));
            if (id.StartsWith("mine-", StringComparison.Ordinal) && id.EndsWith("-check", StringComparison.Ordinal))
            {
                // The verdict, a displayed value: the same words and numbers in de-DE, and ✔.
                Assert.StartsWith("✔", run.DisplayedText(id).Trim());
                Assert.Equal(invariant.OutputText(id).Trim(), run.DisplayedText(id).Trim());
            }
        }
        var (_, libraries) = run.Charts;
        Assert.Equal(1, libraries);
    }

    private static async Task<string> InstallKernelSpecsAsync()
    {
        if (!File.Exists(Python) || (await NotebookRunner.ChildProcess.RunAsync(Python, Course.RepositoryRoot, ["-c", "import nbclient, jupyter_client"])).ExitCode != 0)
            throw new InvalidOperationException(
                $"Jupyter's nbclient is needed at {Python}: apt-get install -y python3-nbclient python3-jupyter-client (.ci/run installs them).");
        string root = Directory.CreateTempSubdirectory("jupyter-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(Path.Combine(root, "kernels"));   // the tool installs into a folder that exists
        var (exitCode, log) = await NotebookRunner.DotnetCli.RunAsync(Course.RepositoryRoot,
            ["tool", "run", "dotnet-interactive", "--", "jupyter", "install", "--path", Path.Combine(root, "kernels")], CancellationToken.None);
        Assert.True(exitCode == 0 && File.Exists(Path.Combine(root, "kernels", ".net-csharp", "kernel.json")),
            $"dotnet interactive jupyter install failed ({exitCode}):\n{log}");
        return root;
    }
}
