namespace NotebookRunner;

/// <summary>A <c>#r "nuget: ..."</c> package could not be restored or its stand-in is unusable.</summary>
internal sealed class PackageRestoreException(string message) : Exception(message);
