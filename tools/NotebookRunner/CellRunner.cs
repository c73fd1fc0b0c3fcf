using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace NotebookRunner;

/// <summary>Runs one C# cell: its packages, compilation, execution under the time limit, and its outputs.</summary>
internal static class CellRunner
{
    /// <summary>Runs <paramref name="cell"/> as cell <paramref name="number"/> of the session.</summary>
    public static async Task<CellOutcome> RunAsync(ScriptSession session, PackageResolver packages, PreparedCell cell,
        int number, int executionCount, TimeSpan timeout, CancellationToken ct)
    {
        var outputs = new CellOutputs();
        try
        {
            session.AddReferences(await packages.ResolveAsync(cell, ct).ConfigureAwait(false));
        }
        catch (PackageRestoreException e)
        {
            return Fail(outputs, "PackageRestoreError", $"Cell {number}: {e.Message}");
        }
        var compiled = session.Compile(cell.Code, number);
        if (!compiled.Errors.IsEmpty)
        {
            var lines = compiled.Errors.Select(error => DescribeCompileError(error, number)).ToList();
            outputs.Add(NbOutputs.Error("CompilationError", lines[0], lines));
            return new CellOutcome(outputs.ToJsonArray(), string.Join("\n", lines), false);
        }
        var run = RunOnOwnThread(session, compiled.Script, outputs, number, ct);
        var finished = await Task.WhenAny(run, Task.Delay(timeout, ct)).ConfigureAwait(false);
        if (finished != run)
        {
            // The cell's thread cannot be stopped safely; it is abandoned (a background thread) with the session.
            string why = ct.IsCancellationRequested
                ? $"Cell {number} was cancelled before it finished."
                : $"Cell {number} did not finish within the cell timeout of {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s; the notebook's later cells are not run.";
            return Fail(outputs, ct.IsCancellationRequested ? "Cancelled" : "CellTimeout", why) with { SessionLost = true };
        }
        try
        {
            var state = await run.ConfigureAwait(false);
            if (state.Exception is { } thrown)
                return Fail(outputs, thrown.GetType().FullName ?? thrown.GetType().Name, DescribeException(thrown, session, number), thrown);
            if (compiled.HasValue && state.ReturnValue is not DisplayedValue)
                outputs.Add(NbOutputs.ExecuteResult(ValueFormatter.DataOf(state.ReturnValue), executionCount));
            return new CellOutcome(outputs.ToJsonArray(), null, false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Failures outside the cell's own code: the runtime could not load a reference, or formatting threw.
            return Fail(outputs, e.GetType().FullName ?? e.GetType().Name, DescribeException(e, session, number), e);
        }
    }

    private static Task<ScriptState<object>> RunOnOwnThread(
        ScriptSession session, Script<object> script, CellOutputs outputs, int number, CancellationToken ct)
    {
        var done = new TaskCompletionSource<ScriptState<object>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            CellOutputs.Current = outputs;
            try
            {
                done.SetResult(session.RunAsync(script, ct).GetAwaiter().GetResult());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }, maxStackSize: 16 * 1024 * 1024)
        {
            IsBackground = true,
            Name = $"notebook cell {number}",
        };
        thread.Start();
        return done.Task;
    }

    private static CellOutcome Fail(CellOutputs outputs, string name, string text, Exception? exception = null)
    {
        var traceback = new List<string> { text };
        if (exception?.StackTrace is { } stack)
            traceback.AddRange(stack.Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0));
        outputs.Add(NbOutputs.Error(name, text, traceback));
        return new CellOutcome(outputs.ToJsonArray(), text, false);
    }

    private static string DescribeCompileError(Diagnostic error, int number)
    {
        int line = error.Location.GetLineSpan().StartLinePosition.Line + 1;
        return $"Cell {number}, line {line}: error {error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}";
    }

    /// <summary>"Cell N, line L: Type: message", with the line of the innermost frame in this cell's code if known.</summary>
    private static string DescribeException(Exception e, ScriptSession session, int number)
    {
        string where = $"Cell {number}";
        string cellPath = session.CellPath(number);
        var frame = new System.Diagnostics.StackTrace(e, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => string.Equals(f.GetFileName(), cellPath, StringComparison.OrdinalIgnoreCase) && f.GetFileLineNumber() > 0);
        if (frame is not null)
            where += $", line {frame.GetFileLineNumber()}";
        return $"{where}: {e.GetType().FullName}: {e.Message}";
    }
}
