using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LessonGenerator.Scripts;

/// <summary>Where a name declared in a cell lives once the cells are the statements of one program's Main.</summary>
public enum Scope
{
    /// <summary>Main's own scope: a script variable or method of the kernel (a field or method of the submission).</summary>
    Main,

    /// <summary>A block, loop or catch inside Main's statements: may not reuse a name of Main's scope (CS0136).</summary>
    Nested,

    /// <summary>Inside a lambda or a local function or script method: may shadow Main's names (C# 8 and later).</summary>
    Inner,
}

/// <summary>Classifies declarations and name uses of script cells by the scope they get in a top-level program.</summary>
public static class Scopes
{
    /// <summary>The scope of the declaration <paramref name="declaration"/> of <paramref name="symbol"/>.</summary>
    public static Scope Of(ISymbol symbol, SyntaxNode declaration)
    {
        if (symbol.ContainingType is { IsScriptClass: true } && symbol is IFieldSymbol or IMethodSymbol)
            return Scope.Main;
        if (declaration.Ancestors().Any(node => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax
                or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BaseTypeDeclarationSyntax))
            return Scope.Inner;
        for (SyntaxNode? node = declaration.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case GlobalStatementSyntax:
                    return Scope.Main;
                case IfStatementSyntax or ExpressionStatementSyntax or ReturnStatementSyntax or ThrowStatementSyntax
                    or LocalDeclarationStatementSyntax or YieldStatementSyntax when node.Parent is GlobalStatementSyntax:
                    // An expression variable here is scoped to the statement's enclosing block: Main.
                    return IsInEmbeddedStatement(declaration, node) ? Scope.Nested : Scope.Main;
                case StatementSyntax or CatchClauseSyntax or SwitchSectionSyntax or QueryExpressionSyntax:
                    return Scope.Nested;
            }
        }
        return Scope.Main;
    }

    /// <summary>
    /// True when <paramref name="identifier"/> is a simple name that the program looks up through Main's scope: not
    /// a member after a dot, not an argument or initializer name.
    /// </summary>
    public static bool IsSimpleName(IdentifierNameSyntax identifier) => identifier.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Expression == identifier,
        QualifiedNameSyntax qualified => qualified.Left == identifier,
        MemberBindingExpressionSyntax or NameColonSyntax or NameEqualsSyntax or AliasQualifiedNameSyntax => false,
        AssignmentExpressionSyntax assignment => !(assignment.Left == identifier && assignment.Parent is InitializerExpressionSyntax),
        _ => true,
    };

    // An if statement's branches are blocks or statements of their own: what they declare is nested.
    private static bool IsInEmbeddedStatement(SyntaxNode declaration, SyntaxNode statement) =>
        statement is IfStatementSyntax ifStatement
        && (ifStatement.Statement.Span.Contains(declaration.Span)
            || (ifStatement.Else?.Span.Contains(declaration.Span) ?? false));
}
