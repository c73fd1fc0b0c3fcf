using System.Security.Cryptography;
using System.Security;
using System.Text;

namespace NotebookRunner;

/// <summary>
/// Restores NuGet packages for real: generates a net10.0 project in a per-user cache folder (keyed by the
/// package set and sources), builds it with the dotnet CLI (the user's NuGet config plus extra sources), and
/// returns every package assembly copied to its output. A later run with the same set reuses the folder.
/// </summary>
internal static class PackageRestorer
{
    private const string ProjectName = "NotebookPackages";
    private const string DoneMarker = "assemblies.txt";

    /// <summary>The per-user cache folder of generated restore projects.</summary>
    public static string CacheRoot
    {
        get
        {
            string local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return Path.Combine(local.Length > 0 ? local : Path.GetTempPath(), "NotebookRunner", "packages");
        }
    }

    /// <summary>Restores <paramref name="packages"/> and returns the paths of their runtime assemblies.</summary>
    /// <exception cref="PackageRestoreException">The restore failed; the message names packages and sources tried.</exception>
    public static async Task<IReadOnlyList<string>> RestoreAsync(
        IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> extraSources, CancellationToken ct)
    {
        string folder = Path.Combine(CacheRoot, KeyOf(packages, extraSources));
        Directory.CreateDirectory(folder);
        using var folderLock = await LockAsync(folder, ct).ConfigureAwait(false);
        string marker = Path.Combine(folder, DoneMarker);
        if (File.Exists(marker))
        {
            var cached = File.ReadAllLines(marker).Where(line => line.Length > 0).ToList();
            if (cached.All(File.Exists))
                return cached;
        }
        File.WriteAllText(Path.Combine(folder, ProjectName + ".csproj"), ProjectXml(packages, extraSources));
        string output = Path.Combine(folder, "out");
        var (exitCode, log) = await DotnetCli.RunAsync(folder,
            ["build", ProjectName + ".csproj", "-c", "Release", "-o", output, "--nologo", "-v", "quiet",
             "--disable-build-servers", "-nodeReuse:false"], ct).ConfigureAwait(false);
        if (exitCode != 0)
            throw new PackageRestoreException(await FailureMessageAsync(packages, extraSources, folder, log, ct).ConfigureAwait(false));
        var assemblies = Directory.EnumerateFiles(output, "*.dll")
            .Where(path => !Path.GetFileNameWithoutExtension(path).Equals(ProjectName, StringComparison.OrdinalIgnoreCase))
            .Where(FrameworkReferences.IsManagedAssembly)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        File.WriteAllLines(marker, assemblies);
        return assemblies;
    }

    /// <summary>Holds the cache folder exclusively, so two processes (e.g. parallel test runs) never build it at once.</summary>
    private static async Task<FileStream> LockAsync(string folder, CancellationToken ct)
    {
        string path = Path.Combine(folder, ".lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(200, ct).ConfigureAwait(false);
            }
        }
    }

    private static string KeyOf(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources)
    {
        string text = string.Join("\n", packages.Select(p => $"{p.Id.ToLowerInvariant()}|{p.Version}").Order(StringComparer.Ordinal))
            + "\n--\n" + string.Join("\n", sources);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
    }

    private static string ProjectXml(IReadOnlyList<PackageRequest> packages, IReadOnlyList<string> sources)
    {
        var xml = new StringBuilder();
        xml.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        xml.AppendLine("  <PropertyGroup>");
        xml.AppendLine("    <TargetFramework>net10.0</TargetFramework>");
        xml.AppendLine("    <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>");
        xml.AppendLine("    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>");
        xml.AppendLine("    <NoWarn>$(NoWarn);NU1603;NU1701</NoWarn>");
        if (sources.Count > 0)
            xml.AppendLine($"    <RestoreAdditionalProjectSources>{SecurityElement.Escape(string.Join(";", sources))}</RestoreAdditionalProjectSources>");
        xml.AppendLine("  </PropertyGroup>");
        xml.AppendLine("  <ItemGroup>");
        foreach (var package in packages)
            xml.AppendLine($"    <PackageReference Include=\"{SecurityElement.Escape(package.Id)}\" Version=\"{SecurityElement.Escape(package.Version ?? "*")}\" />");
        xml.AppendLine("  </ItemGroup>");
        xml.AppendLine("</Project>");
        return xml.ToString();
    }

    private static async Task<string> FailureMessageAsync(IReadOnlyList<PackageRequest> packages,
        IReadOnlyList<string> extraSources, string folder, string log, CancellationToken ct)
    {
        var errors = log.Split('\n').Select(line => line.Trim()).Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"\berror [A-Z]+[0-9]+:")).Distinct().ToList();
        var failing = packages.Where(p => errors.Any(e => e.Contains(p.Id, StringComparison.OrdinalIgnoreCase))).ToList();
        var named = failing.Count > 0 ? failing : packages.ToList();
        var sources = (await ConfiguredSourcesAsync(folder, ct).ConfigureAwait(false)).Concat(extraSources).Distinct().ToList();
        return $"Could not restore NuGet package{(named.Count > 1 ? "s" : "")} {string.Join(", ", named)} "
            + $"(sources tried: {(sources.Count > 0 ? string.Join(", ", sources) : "none")}).\n"
            + string.Join("\n", errors.Count > 0 ? errors : [log.Trim()]);
    }

    private static async Task<IReadOnlyList<string>> ConfiguredSourcesAsync(string folder, CancellationToken ct)
    {
        var (exitCode, output) = await DotnetCli.RunAsync(folder, ["nuget", "list", "source", "--format", "short"], ct).ConfigureAwait(false);
        if (exitCode != 0)
            return [];
        // Short format lines are "E <source>" (enabled) or "D <source>" (disabled).
        return output.Split('\n').Select(line => line.Trim())
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim()).ToList();
    }
}
