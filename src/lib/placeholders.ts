/**
 * The mark left in a new file (`npm run new`) wherever an editor still has to write something.
 * The scaffold writes it and the content checker refuses files that still contain it, so both
 * read it from here: neither depends on the other.
 */
export const TODO_MARK = 'VIỆC CẦN LÀM';
