// Builds the course library when it is missing or older than its sources, so "Run All" works straight after cloning:
// lib/ → lib/bin/NeuronFromScratch.dll (the neuron, the network, the data) and course/ → lib/bin/NeuronFromScratch.Course.dll
// (the checks, hints and solutions of the exercises, and the charts' layout). Every notebook's first cell loads this file.
using System.Diagnostics;
using System.IO;

static string BuildCourseLibrary()
{
    string repositoryRoot = Path.GetFullPath("..");   // the notebooks run in notebooks/
    string bin = Path.Combine(repositoryRoot, "lib", "bin");
    bool Compiled(string file) =>
        (file.EndsWith(".cs") || file.EndsWith(".csproj"))
        && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
        && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}");
    IEnumerable<string> SourcesIn(string folder) =>
        Directory.EnumerateFiles(Path.Combine(repositoryRoot, folder), "*.*", SearchOption.AllDirectories).Where(Compiled);
    // Each DLL against what it is built from (a build rewrites a DLL only when its own sources changed).
    bool OlderThan(string dll, IEnumerable<string> sources) =>
        !File.Exists(dll) || sources.Any(file => File.GetLastWriteTimeUtc(file) > File.GetLastWriteTimeUtc(dll));
    string library = Path.Combine(bin, "NeuronFromScratch.dll"), course = Path.Combine(bin, "NeuronFromScratch.Course.dll");
    bool stale = OlderThan(library, SourcesIn("lib").Append(Path.Combine(repositoryRoot, "NeuronFromScratch.csproj")))
        || OlderThan(course, SourcesIn("course").Append(Path.Combine(repositoryRoot, "notebooks", "solutions", "MyNeuron.csx")));   // built into the checks
    if (!stale)
        return "Course library ready: lib/bin/NeuronFromScratch.dll and NeuronFromScratch.Course.dll";

    Console.WriteLine("Building the course library (lib/ and course/), once...");
    var build = new ProcessStartInfo("dotnet", "build course/NeuronFromScratch.Course.csproj --nologo -v quiet")
    {
        WorkingDirectory = repositoryRoot,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    Process process;
    try { process = Process.Start(build)!; }
    catch (System.ComponentModel.Win32Exception)
    {
        throw new InvalidOperationException(
            "The `dotnet` command was not found. Install the .NET 10 SDK (https://dot.net), then restart the kernel.");
    }
    var errors = process.StandardError.ReadToEndAsync();   // read both streams, or a full pipe blocks the build
    string log = process.StandardOutput.ReadToEnd() + errors.Result;
    process.WaitForExit();
    if (process.ExitCode != 0)
        throw new InvalidOperationException(
            $"Building the course library failed. In a terminal in {repositoryRoot} run " +
            $"`dotnet build course/NeuronFromScratch.Course.csproj`, fix what it reports, then run this cell again.\n{log}");
    return "Course library built: lib/bin/NeuronFromScratch.dll and NeuronFromScratch.Course.dll (after changing lib/ or course/, restart the kernel)";
}

Console.WriteLine(BuildCourseLibrary());
