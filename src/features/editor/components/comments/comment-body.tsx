import type { Comment } from '@/contract/comment-endpoints';

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A comment's text with each `@name` of the people it mentions set off. */
export function CommentBody({ comment }: { comment: Comment }) {
  const names = [...new Set(comment.mentions.map((person) => person.name))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return <p className="comment-body">{comment.body}</p>;
  const pattern = new RegExp(`(@(?:${names.map(escapeForPattern).join('|')}))`, 'u');
  const parts = comment.body.split(pattern);
  return (
    <p className="comment-body">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} className="comment-mention">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}
