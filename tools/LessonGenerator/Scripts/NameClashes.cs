using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LessonGenerator.Scripts;

/// <summary>
/// Finds the names a notebook's cells may reuse but one program may not, and renames them. In the kernel a cell may
/// declare a variable again (the new one hides the old from then on), and a loop may reuse the name of a script
/// variable. In a top-level program all those are locals of one Main: a name may be declared once in Main's scope
/// (CS0128) and not again in a block inside it (CS0136). So every later declaration of a Main name, and every nested
/// one that clashes, gets a fresh name, with every use the kernel binds to it: the program computes what the cells do.
/// </summary>
public static class NameClashes
{
    private sealed record Declaration(ISymbol Symbol, SyntaxToken Name, SyntaxNode Statement, Scope Scope, int Cell);

    /// <summary>The renames that make the cells of <paramref name="cells"/> one valid program.</summary>
    /// <exception cref="NotSupportedException">A name is used for a script variable and for something else.</exception>
    public static Renames Resolve(IReadOnlyList<ScriptCell> cells)
    {
        var declarations = cells.SelectMany((cell, index) => Declarations(cell, index)).ToList();
        var taken = cells.SelectMany(c => c.Tree.GetRoot().DescendantTokens())
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToHashSet();
        var renamed = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
        var renames = new Renames();
        foreach (var sameName in declarations.GroupBy(d => d.Name.ValueText))
        {
            if (!sameName.Any(d => d.Scope == Scope.Main))
                continue;
            // The first Main declaration keeps the name; later ones, and nested ones that would clash, get a fresh one.
            var main = sameName.Where(d => d.Scope == Scope.Main).ToList();
            string firstCell = cells[main[0].Cell].Id;
            foreach (var declaration in main.Skip(1).Concat(sameName.Where(d => d.Scope == Scope.Nested)))
            {
                string name = Fresh(sameName.Key, taken);
                renamed[declaration.Symbol] = name;
                renames.Rename(declaration.Name, name);
                renames.Note(declaration.Statement, declaration.Scope == Scope.Main
                    ? $"The notebook declares {sameName.Key} again here (first in cell {firstCell}); one program cannot, so this is {name}."
                    : $"The notebook names this {sameName.Key}, but the lesson has a variable {sameName.Key} (cell {firstCell}) that a " +
                      $"block inside it may not reuse, so here it is {name}.");
            }
        }
        for (int k = 0; k < cells.Count; k++)
            foreach (var identifier in cells[k].Tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>())
                if (Scopes.IsSimpleName(identifier) && Target(cells[k], k, identifier, declarations) is { } target
                    && renamed.TryGetValue(target.Symbol, out var name))
                    renames.Rename(identifier.Identifier, name);
        return renames;
    }

    // The declaration of the cells that a simple name means, as the kernel binds it; null for anything else.
    private static Declaration? Target(ScriptCell cell, int k, IdentifierNameSyntax identifier, List<Declaration> declarations)
    {
        string name = identifier.Identifier.ValueText;
        var main = declarations.Where(d => d.Scope == Scope.Main && d.Name.ValueText == name).ToList();
        var info = cell.Model.GetSymbolInfo(identifier);
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        if (symbol is not null)
        {
            var own = declarations.FirstOrDefault(d => SymbolEqualityComparer.Default.Equals(d.Symbol, symbol.OriginalDefinition));
            if (own is not null || symbol is IParameterSymbol or ILocalSymbol or IRangeVariableSymbol || main.Count == 0)
                return own;
            throw Clash(cell, identifier, $"`{name}` means {symbol.ToDisplayString()}");
        }
        if (info.CandidateReason != CandidateReason.None && info.CandidateSymbols.Length > 1)
            return null;   // an overloaded method of a loaded file or the library: not a cell's declaration
        // Unresolved: a name from an earlier cell, which the kernel binds to the latest earlier declaration.
        var earlier = main.LastOrDefault(d => d.Cell < k);
        if (earlier is null && main.Count > 0)
            throw Clash(cell, identifier, $"`{name}` is used before the cell that declares it");
        return earlier;
    }

    private static NotSupportedException Clash(ScriptCell cell, IdentifierNameSyntax identifier, string what) =>
        new($"Cell {cell.Id}, line {identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {what}, but a " +
            $"cell declares a variable or method {identifier} for the whole notebook; in one program the two would " +
            "clash. Give one of them another name in the notebook.");

    private static IEnumerable<Declaration> Declarations(ScriptCell cell, int index)
    {
        foreach (var node in cell.Tree.GetRoot().DescendantNodes())
        {
            SyntaxToken name = node switch
            {
                VariableDeclaratorSyntax v => v.Identifier,
                SingleVariableDesignationSyntax d => d.Identifier,
                ForEachStatementSyntax f => f.Identifier,
                CatchDeclarationSyntax c => c.Identifier,
                MethodDeclarationSyntax m when m.Parent is CompilationUnitSyntax => m.Identifier,
                LocalFunctionStatementSyntax l => l.Identifier,
                FromClauseSyntax q => q.Identifier,
                LetClauseSyntax q => q.Identifier,
                _ => default,
            };
            if (name == default || cell.Model.GetDeclaredSymbol(node) is not { } symbol)
                continue;
            var statement = node.AncestorsAndSelf().First(a => a is StatementSyntax or MemberDeclarationSyntax);
            yield return new Declaration(symbol, name, statement, Scopes.Of(symbol, node), index);
        }
    }

    private static string Fresh(string name, HashSet<string> taken)
    {
        for (int k = 2; ; k++)
            if (taken.Add($"{name}{k}"))
                return $"{name}{k}";
    }
}
