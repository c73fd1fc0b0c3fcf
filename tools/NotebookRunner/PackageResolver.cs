namespace NotebookRunner;

/// <summary>
/// Turns a cell's <c>#r "nuget:"</c> and <c>#i "nuget:"</c> directives into assembly paths for one notebook run:
/// stand-ins first (only those given explicitly), then a real restore of everything else requested so far.
/// </summary>
internal sealed class PackageResolver
{
    /// <summary>The stand-in value that drops a package instead of referencing anything.</summary>
    public const string None = "none";

    private readonly Dictionary<string, string> standIns;
    private readonly List<string> sources;
    private readonly List<PackageRequest> requested = [];

    /// <summary>Creates a resolver for one notebook run.</summary>
    public PackageResolver(RunOptions options)
    {
        standIns = new Dictionary<string, string>(options.StandIns, StringComparer.OrdinalIgnoreCase);
        sources = [.. options.PackageSources];
    }

    /// <summary>The assemblies to reference for <paramref name="cell"/>'s packages.</summary>
    /// <exception cref="PackageRestoreException">A stand-in file is missing or the restore failed.</exception>
    public async Task<IReadOnlyList<string>> ResolveAsync(PreparedCell cell, CancellationToken ct)
    {
        foreach (string source in cell.PackageSources)
        {
            if (!sources.Contains(source))
                sources.Add(source);
        }
        var assemblies = new List<string>();
        bool restoreNeeded = false;
        foreach (var package in cell.Packages)
        {
            if (standIns.TryGetValue(package.Id, out string? standIn))
            {
                if (standIn.Equals(None, StringComparison.OrdinalIgnoreCase))
                    continue;
                if (!File.Exists(standIn))
                    throw new PackageRestoreException($"The stand-in for NuGet package {package} is '{standIn}', which does not exist.");
                assemblies.Add(standIn);
                continue;
            }
            requested.RemoveAll(p => p.Id.Equals(package.Id, StringComparison.OrdinalIgnoreCase));
            requested.Add(package);
            restoreNeeded = true;
        }
        // The whole set so far is restored together, so versions stay consistent across cells as in the kernel.
        if (restoreNeeded)
        {
            try
            {
                assemblies.AddRange(await PackageRestorer.RestoreAsync(requested, sources, ct).ConfigureAwait(false));
            }
            catch (PackageRestoreException)
            {
                // Forget this cell's packages so that later cells (with --continue-on-error) can still restore theirs.
                requested.RemoveAll(p => cell.Packages.Any(c => c.Id.Equals(p.Id, StringComparison.OrdinalIgnoreCase)));
                throw;
            }
        }
        return assemblies;
    }
}
