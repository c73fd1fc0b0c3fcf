// Builds the course library (lib/ → lib/bin/NeuronFromScratch.dll) when its DLL is missing or older than its
// sources, so "Run All" works straight after cloning. Every notebook's first cell loads this file.
using System.Diagnostics;
using System.IO;

static string BuildCourseLibrary()
{
    string repositoryRoot = Path.GetFullPath("..");   // the notebooks run in notebooks/
    string libraryDll = Path.Combine(repositoryRoot, "lib", "bin", "NeuronFromScratch.dll");
    var sources = Directory
        .EnumerateFiles(Path.Combine(repositoryRoot, "lib"), "*.cs", SearchOption.AllDirectories)
        .Where(file => !file.Contains(Path.Combine("lib", "bin")) && !file.Contains(Path.Combine("lib", "obj")))
        .Append(Path.Combine(repositoryRoot, "NeuronFromScratch.csproj"));
    bool stale = !File.Exists(libraryDll)
        || sources.Any(file => File.GetLastWriteTimeUtc(file) > File.GetLastWriteTimeUtc(libraryDll));
    if (!stale)
        return "Course library ready: lib/bin/NeuronFromScratch.dll";

    Console.WriteLine("Building the course library (lib/), once...");
    var build = new ProcessStartInfo("dotnet", "build NeuronFromScratch.csproj --nologo -v quiet")
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
            $"`dotnet build NeuronFromScratch.csproj`, fix what it reports, then run this cell again.\n{log}");
    return "Course library built: lib/bin/NeuronFromScratch.dll (after changing lib/, restart the kernel)";
}

Console.WriteLine(BuildCourseLibrary());
