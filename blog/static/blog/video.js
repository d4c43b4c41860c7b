// Swap a video's link for the privacy-enhanced player, only when the reader presses "Play".
for (const video of document.querySelectorAll("[data-blog-video]")) {
  const controls = video.querySelector(".blog-video__play");
  const player = video.querySelector(".blog-video__player");
  if (!video.dataset.embedUrl || !controls || !player) continue;
  controls.hidden = false;
  controls.querySelector("button").addEventListener("click", () => {
    const frame = document.createElement("iframe");
    frame.src = video.dataset.embedUrl;
    frame.title = video.dataset.title;
    frame.allow = "autoplay; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    frame.className = "blog-video__frame";
    player.replaceChildren(frame);
    player.hidden = false;
    controls.remove();
    frame.focus();
  });
}
