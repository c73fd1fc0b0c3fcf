namespace LessonGenerator.Notebooks;

/// <summary>One cell of a notebook: its id, whether it is prose or code, and its text.</summary>
/// <param name="Id">The cell's nbformat id, e.g. <c>chart-untrained</c>.</param>
/// <param name="IsCode">True for a code cell, false for a markdown cell.</param>
/// <param name="Source">The cell's text, its lines joined.</param>
public sealed record NotebookCell(string Id, bool IsCode, string Source);
