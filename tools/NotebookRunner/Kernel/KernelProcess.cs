using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Reactive.Threading.Tasks;
using System.Text;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner;

/// <summary>
/// The real .NET Interactive kernel in a child process: the dotnet-interactive tool that the repository's tool manifest
/// pins, started with <c>stdio</c> and driven over its standard input and output, as VS Code's Polyglot Notebooks drives
/// it. Each cell goes to the kernel it names (C# for the course) through a proxy of that kernel.
/// </summary>
public sealed class KernelProcess : IAsyncDisposable
{
    // Kernels still running when this process exits are killed: an orphaned kernel keeps a CPU core busy.
    private static readonly ConcurrentDictionary<KernelProcess, bool> Running = new();

    private readonly Process process;
    private readonly KernelCommandAndEventSender sender;
    private readonly KernelCommandAndEventReceiver receiver;
    private readonly StringBuilder standardError;
    private readonly Dictionary<string, KernelInfo> remoteKernels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProxyKernel> proxies = new(StringComparer.Ordinal);
    private bool disposed, stopped;

    static KernelProcess() =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var kernel in Running.Keys)
                kernel.Kill();
        };

    private KernelProcess(Process process, KernelCommandAndEventSender sender, KernelCommandAndEventReceiver receiver, StringBuilder standardError)
    {
        this.process = process;
        this.sender = sender;
        this.receiver = receiver;
        this.standardError = standardError;
        Running[this] = true;
    }

    /// <summary>True once the kernel process has ended (killed after a time-out, crashed, or disposed).</summary>
    public bool HasExited => disposed || stopped || process.HasExited;

    /// <summary>
    /// Starts the pinned kernel with <paramref name="workingDirectory"/> as its current folder (relative <c>#r</c> and
    /// <c>#load</c> paths resolve against it) and waits until it is ready.
    /// </summary>
    /// <param name="workingDirectory">The notebook's folder; the tool manifest is looked up from here.</param>
    /// <param name="culture">A culture name such as "de-DE" for the kernel process (Linux and macOS: LANG, LC_ALL); null keeps this process's.</param>
    /// <param name="ct">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">The kernel could not be started; the message says why.</exception>
    public static async Task<KernelProcess> StartAsync(string workingDirectory, string? culture = null, CancellationToken ct = default)
    {
        string directory = Path.GetFullPath(workingDirectory);
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"The folder '{directory}' does not exist.");
        string toolFolder = ToolManifest.FolderFor(directory);
        await ToolManifest.RestoreAsync(toolFolder, ct).ConfigureAwait(false);

        var hostUri = KernelHost.CreateHostUri("notebook-runner");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = toolFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "tool", "run", "dotnet-interactive", "--", "stdio", "--working-dir", directory, "--kernel-host", hostUri.Authority })
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_INTERACTIVE_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        if (culture is not null)
        {
            if (OperatingSystem.IsWindows())
                throw new PlatformNotSupportedException("A kernel culture can be chosen on Linux and macOS only (through LANG and LC_ALL).");
            start.Environment["LANG"] = start.Environment["LC_ALL"] = culture.Replace('-', '_') + ".UTF-8";
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var lines = new Subject<string>();
        var standardError = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
                lines.OnNext(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (standardError)
                standardError.AppendLine(e.Data);
        };
        var receiver = KernelCommandAndEventReceiver.FromObservable(lines);
        var ready = receiver.Select(c => c.Event).OfType<KernelReady>().FirstAsync().ToTask(ct);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var sender = KernelCommandAndEventSender.FromTextWriter(
            new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)) { AutoFlush = true }, hostUri);
        var kernel = new KernelProcess(process, sender, receiver, standardError);

        var exited = process.WaitForExitAsync(ct);
        if (await Task.WhenAny(ready, exited, Task.Delay(TimeSpan.FromMinutes(3), ct)).ConfigureAwait(false) != ready)
        {
            string why = process.HasExited ? $"exited with code {process.ExitCode}" : "was not ready within 3 minutes";
            await kernel.DisposeAsync().ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            throw new InvalidOperationException(
                $"The .NET Interactive kernel (`dotnet tool run dotnet-interactive -- stdio` in '{toolFolder}') {why}.\n{kernel.ErrorTail()}".TrimEnd());
        }
        foreach (var info in (await ready.ConfigureAwait(false)).KernelInfos)
            kernel.remoteKernels[info.LocalName] = info;
        await kernel.StartWatchdogAsync(ct).ConfigureAwait(false);
        return kernel;
    }

    /// <summary>
    /// Submits <paramref name="code"/> to the kernel named <paramref name="kernelName"/> ("csharp") and returns every
    /// event it produced. Past <paramref name="timeout"/> the kernel is killed (a running submission cannot be stopped
    /// otherwise); then, or when the kernel process died, <see cref="SubmittedCell.Lost"/> says what happened.
    /// </summary>
    public async Task<SubmittedCell> SubmitAsync(string code, string kernelName, TimeSpan timeout, CancellationToken ct = default)
    {
        if (HasExited)
            return new SubmittedCell([], "The kernel is no longer running: it was stopped, or it ended.");
        if (!remoteKernels.TryGetValue(kernelName, out var remote))
            return new SubmittedCell([], $"The kernel has no kernel named '{kernelName}'; it has: {string.Join(", ", remoteKernels.Keys.Order())}.");
        if (!proxies.TryGetValue(kernelName, out var proxy))
        {
            proxies[kernelName] = proxy = new ProxyKernel(kernelName, sender, receiver, remote.Uri);
            proxy.UpdateKernelInfo(remote);
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var submission = proxy.SendAsync(new SubmitCode(code), limit.Token);
        var exited = process.WaitForExitAsync(limit.Token);
        var finished = await Task.WhenAny(submission, exited, Task.Delay(timeout, limit.Token)).ConfigureAwait(false);
        limit.Cancel();
        if (finished == submission)
            return new SubmittedCell((await submission.ConfigureAwait(false)).Events, null);
        if (finished == exited && process.HasExited)
            return new SubmittedCell([], $"The kernel process exited (code {process.ExitCode}) while the cell ran: a stack overflow or Environment.Exit in the cell?\n{ErrorTail()}".TrimEnd());
        Kill();
        ct.ThrowIfCancellationRequested();
        return new SubmittedCell([], $"The cell did not finish within {timeout.TotalSeconds:0.#} s, so the kernel was stopped; the notebook's later cells cannot run.");
    }

    // The runner's only code in the kernel, before the notebook's: a thread that ends the kernel when this process ends,
    // however it ends (a killed test host runs no exit handler). The pinned kernel does not end when its input closes:
    // it keeps a core busy instead. The statement declares no name, so the notebook's cells see nothing of it.
    private async Task StartWatchdogAsync(CancellationToken ct)
    {
        string watchdog = "new System.Threading.Thread(() => { try { System.Diagnostics.Process.GetProcessById("
            + Environment.ProcessId + ").WaitForExit(); } catch (System.ArgumentException) { } System.Environment.Exit(0); }) { IsBackground = true }.Start();";
        var started = await SubmitAsync(watchdog, "csharp", TimeSpan.FromMinutes(3), ct).ConfigureAwait(false);
        string? failure = started.Lost ?? started.Events.OfType<CommandFailed>().FirstOrDefault()?.Message;
        if (failure is not null)
        {
            await DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"The .NET Interactive kernel started but could not run C#: {failure}");
        }
    }

    /// <summary>Stops the kernel process and everything it started.</summary>
    public ValueTask DisposeAsync()
    {
        if (disposed)
            return ValueTask.CompletedTask;
        disposed = true;
        Kill();
        foreach (var proxy in proxies.Values)
            proxy.Dispose();
        receiver.Dispose();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Kill()
    {
        stopped = true;   // at once: the process may take a moment to end
        Running.TryRemove(this, out _);
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }
    }

    private string ErrorTail()
    {
        lock (standardError)
        {
            string text = standardError.ToString().Trim();
            return text.Length <= 2000 ? text : "…" + text[^2000..];
        }
    }
}
